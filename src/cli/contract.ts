// The CLI's JSON contract: exactly these fields, offsets in UTF-16 code units of `article.text`.
// External evaluations score against it, so it changes only on purpose.
import type { Annotation } from '../core/types';

export function toContract(file: string, a: Annotation) {
  const article = a.article && {
    title: a.article.title,
    byline: a.article.byline,
    siteName: a.article.siteName,
    published: a.article.published,
    lang: a.article.lang,
    wordCount: a.article.wordCount,
    readingMinutes: a.article.readingMinutes,
    text: a.article.text,
  };
  return {
    file,
    article,
    ...(a.reason ? { reason: a.reason } : {}),
    ...(a.notice ? { notice: a.notice } : {}),
    entities: a.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.map(({ start, end }) => ({ start, end })),
      ...(e.aliases.length ? { aliases: e.aliases } : {}),
      ...(e.role ? { role: e.role } : {}),
      salience: Math.round(e.salience * 1000) / 1000,
    })),
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      ...(q.entityId ? { entityId: q.entityId } : {}),
      ...(q.partial ? { partial: true } : {}),
      ...(q.speakerKind ? { speakerKind: q.speakerKind } : {}),
      ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}),
      ...(q.notSpeech ? { notSpeech: q.notSpeech } : {}),
    })),
    summary: a.summary.map(({ start, end }) => ({ start, end })),
    timings: a.timings,
  };
}
