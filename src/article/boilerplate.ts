// What Readability keeps that is not the article: captions and photo credits, share and newsletter prompts,
// "read more" and related-story lists, ad labels, datelines and bylines above the text, credits below it.
// Rules read markup roles and phrasing that hold across sites; none names a site.
import type { TextBlock } from './render-text';

// Class or id words of page furniture. Matched as whole words of the attribute so "shared-content" or
// "author-bio-text" inside an article wrapper do not match by accident of a substring.
const FURNITURE = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'share', 'sharing', 'paywall', 'regwall', 'share-?bar', 'social', 'newsletter', 'related', 'recommended', 'recommendations', 'promo',
      'subscribe', 'subscription', 'signup', 'trending', 'popular', 'outbrain', 'taboola', 'advert', 'advertisement',
      'ad', 'ads', 'adslot', 'sponsored', 'caption', 'credit', 'credits', 'byline', 'dateline', 'timestamp',
      'comments?', 'tags', 'breadcrumbs?', 'toolbar', 'more-?stories', 'read-?more', 'read-?next', 'inline-?promo',
    ].join('|') +
    ')(?:$|[\\s_-])',
  'i',
);
const FURNITURE_TAGS = new Set(['FIGCAPTION', 'ASIDE', 'NAV', 'BUTTON', 'FORM', 'FOOTER']);

/** Removes page furniture elements from an extracted (cloned) article element, in place. */
export function removeFurniture(root: Element): void {
  removePostLists(root);
  const total = root.textContent?.length ?? 0;
  const doomed: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    const label = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
    if (!FURNITURE_TAGS.has(el.tagName) && !FURNITURE.test(label)) continue;
    // A wrapper holding much of the article is the article, whatever its class says.
    if ((el.textContent?.length ?? 0) > 0.25 * total) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

const textLength = (node: Node) => node.textContent?.length ?? 0;

/**
 * Removes lists of other posts ("you may like", "more stories") that Readability keeps beside the story when a
 * site marks each teaser up as an <article>: an element holding two or more <article>s is such a list when the
 * text outside it is longer than any one of its entries, since the story beside a list of teasers outweighs each
 * teaser, while a live blog's entries each outweigh its short intro.
 */
function removePostLists(root: Element): void {
  const entries = [...root.getElementsByTagName('article')];
  if (entries.length < 2) return;
  const lists = new Set<Element>();
  for (const entry of entries) {
    const list = entry.parentElement?.closest('article') ?? entry.parentElement;
    if (list && list !== root && root.contains(list) && entryCount(list) >= 2) lists.add(list);
  }
  for (const list of lists) {
    if (!root.contains(list)) continue; // already gone with an enclosing list
    const longestEntry = Math.max(...[...list.getElementsByTagName('article')].map(textLength));
    if (textLength(root) - textLength(list) > longestEntry) list.remove();
  }
}

/** Articles that are children or grandchildren of an element (teasers often sit in one wrapper each). */
function entryCount(list: Element): number {
  let n = 0;
  for (const child of list.children) {
    if (child.tagName === 'ARTICLE') n++;
    else for (const grandchild of child.children) if (grandchild.tagName === 'ARTICLE') n++;
  }
  return n;
}

/** The notice a paywall puts where the article stops. */
export const PAYWALL_NOTICE =
  /\b(?:subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log ?in|sign in)|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:paying )?subscribers|subscribe to (?:read|unlock) (?:the full|this|more)|already a subscriber\?|become a (?:member|subscriber) to (?:read|continue)|you(?:'ve| have) (?:reached|used) (?:your|all your) (?:free|monthly) (?:article|story) limit)/i;
const AD_LABEL =
  /^(?:advertisements?|advert|ad|sponsored(?: content)?|paid content|(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?|iklan|anzeige|publicidad|publicité|pubblicità|reklama|werbung|sign in|log in|breaking news|loading(?: content)?\s*(?:\.\.\.|…)?|(?:image|photo|slide)? ?\d+ of \/? ?\d+)$/i;
const CAPTION =
  /^(?:\(?(?:image|photo|picture|video|illustration|photograph)s?(?: copyright| caption)?\s*[:©]|image copyright|image caption|media caption|file photo:|credits?:|photo(?:graph)? by |getty images$)|\((?:image|photo|picture|credit)s?:[^)]*\)\s*$|credit:\s*\S[^.]{0,80}$/i;
const CALL_TO_ACTION =
  /\b(?:sign up|subscribe|newsletters?|click here|get (?:the|our) [\w ]{0,30}app|download (?:the|our) app|follow (?:us|him|her|them|[A-Z]\w+) on (?:twitter|facebook|instagram|youtube)|listen (?:to|on) |delivered (?:to|through) your (?:inbox|letterbox|door)|share (?:this|on)|tell us what you think|join (?:the conversation|our)|leave a comment)\b/i;
const RELATED_HEADING =
  /^(?:related|more from|more on|more:|you (?:may|might) also (?:like|be interested)|trending|don'?t miss|see more|read more|read next|also read|also:|recommended|most (?:read|popular|viewed|shared)|latest (?:news|stories)|top stories|more stories|further reading|highlights|comments?|about the author|recent (?:articles|posts|stories)|popular(?: this week| now| today)?$)\b/i;
const CREDIT_LINE =
  /(?:^(?:copyright|©|ⓒ|\(c\))\s|\bcontributed (?:to )?(?:this )?report(?:ing)?\b|^(?:additional )?reporting by\b|\bediting by\b|^writing by\b|^(?:source|sources):)/i;
const DATE_WORDS =
  /\b(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:\d+|an?|one) (?:minutes?|hours?|days?|weeks?) ago|today|yesterday)\b/i;
const DATE_WORDS_ALL = new RegExp(`${DATE_WORDS.source}|\\b(?:${'[ap]m|gmt|utc|[ecmp][sd]t|bst|cet|published|updated|posted|on|at|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?'})\\b`, 'gi');
const DATELINE_LEAD = /^(?:by\b|published|updated|posted|last updated|written by|\|)/i;

const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

const words = (s: string) => s.split(' ').length;
const HEADING = /^H[1-6]$/;

/** True for a short line that only dates or signs the article ("Published 10:02 AM EST Nov 19, 2019", "By Jo Bloggs"). */
function isDatelineOrByline(b: TextBlock, aboveText: boolean): boolean {
  const n = words(b.text);
  if (n > 16) return false;
  if (aboveText && DATELINE_LEAD.test(b.text)) return true;
  // Mostly date and time tokens: few words left once the date is taken out.
  if (!DATE_WORDS.test(b.text)) return false;
  const rest = b.text.replace(DATE_WORDS_ALL, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
  return !rest || words(rest) <= (aboveText ? 4 : 2);
}

/** The blocks that are the article's own text. */
export function keepArticleBlocks(blocks: TextBlock[]): TextBlock[] {
  const isProse = (b: TextBlock) => words(b.text) >= 20 && b.linkDensity < 0.5;
  const firstProse = blocks.findIndex(isProse);
  const lastProse = blocks.findLastIndex(isProse);
  const kept: TextBlock[] = [];
  let inRelatedList = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const n = words(b.text);
    const short = n <= 40;
    if (inRelatedList) {
      if (b.linkDensity >= 0.5 || (n <= 15 && !HEADING.test(b.tag) && !/[.!?"”]$/.test(b.text))) continue;
      inRelatedList = false;
    }
    if (!/[\p{L}\p{N}]/u.test(b.text)) continue;
    // A page address printed as text (print headers, "link to this page") is never part of the story.
    if (BARE_URL.test(b.text)) continue;
    if (AD_LABEL.test(b.text)) continue;
    if (short && CAPTION.test(b.text)) continue;
    if (n <= 12 && RELATED_HEADING.test(b.text)) {
      // "Related" announces a list of links; "Read more: <link>" is the link itself.
      inRelatedList = b.linkDensity < 0.5;
      continue;
    }
    if (short && CALL_TO_ACTION.test(b.text) && (b.linkDensity > 0 || n <= 25)) continue;
    if (short && PAYWALL_NOTICE.test(b.text)) continue;
    if (n <= 30 && b.linkDensity >= 0.8 && (i < firstProse || i > lastProse || b.tag !== 'LI')) continue;
    // With no prose at all, every line is "above the text": a byline alone is not an article.
    const above = i < firstProse || firstProse === -1;
    if ((above || n <= 12) && isDatelineOrByline(b, above)) continue;
    if (short && CREDIT_LINE.test(b.text)) continue;
    kept.push(b);
  }
  return kept;
}
