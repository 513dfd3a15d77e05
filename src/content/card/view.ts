// Builds a card's DOM from its model. Every page-derived string goes in through textContent, never markup:
// an entity called `<img onerror=…>` is shown as those characters and runs nothing.
import type { CardModel, EntityCard, QuoteCard } from './model';
import { seenInLabel } from './model';
import { openEntityPage } from '../../shared/entity-page';

export interface CardActions {
  /** Move to the entity's previous (-1) or next (+1) mention. */
  step(entityId: string, delta: -1 | 1): void;
  /** Scroll to a quote and show its card. */
  showQuote(index: number): void;
  /** Show the card of an entity (a quote's speaker). */
  showEntity(entityId: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, className: string, label: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', className, text);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return b;
}

function entityView(doc: Document, card: EntityCard, actions: CardActions): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', `badge t-${card.type.toLowerCase()}`, card.typeLabel), el(doc, 'span', 'name', card.name));
  parts.push(head);
  if (card.role) parts.push(el(doc, 'p', 'role', card.role));
  if (card.aliases.length) parts.push(el(doc, 'p', 'aliases', `Also: ${card.aliases.join(', ')}`));

  const nav = el(doc, 'div', 'mentions');
  const count = el(doc, 'span', 'count', `Mention ${card.position} of ${card.mentionCount}`);
  nav.append(count);
  if (card.mentionCount > 1) {
    nav.append(
      button(doc, 'step prev', 'Previous mention', '‹', () => actions.step(card.entityId, -1)),
      button(doc, 'step next', 'Next mention', '›', () => actions.step(card.entityId, 1)),
    );
  }
  parts.push(nav);

  if (card.quotes.length) {
    const list = el(doc, 'ul', 'quotes');
    list.setAttribute('aria-label', 'Quotes');
    for (const q of card.quotes) {
      const item = el(doc, 'li', 'quote-item');
      item.append(button(doc, 'quote-link', `Go to quote: ${q.text}`, `“${q.text}”`, () => actions.showQuote(q.index)));
      list.append(item);
    }
    parts.push(list);
    if (card.moreQuotes) parts.push(el(doc, 'p', 'more', `+ ${card.moreQuotes} more quote${card.moreQuotes === 1 ? '' : 's'}`));
  }
  if (card.seenCount) parts.push(seenView(doc, card));
  return parts;
}

// Reading history is the reader's, not the page's: it sits in a closed shadow root of its own, so page scripts,
// which can read the rest of the card like any article-derived text, never see which articles came before.
const SEEN_CSS = `
.seen { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--line); font-size: 13px; }
p { margin: 0; color: var(--muted); }
ul { list-style: none; margin: 4px 0 0; padding: 0; }
li { color: var(--muted); margin-top: 2px; overflow-wrap: anywhere; }
.memory-link { margin-top: 6px; padding: 0; border: 0; background: none; color: var(--accent, inherit); font: inherit; text-decoration: underline; cursor: pointer; text-align: left; }
.memory-link:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
`;

function seenView(doc: Document, card: EntityCard): HTMLElement {
  const holder = el(doc, 'div', 'seen-holder');
  const root = holder.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SEEN_CSS;
  const seen = el(doc, 'div', 'seen');
  seen.append(el(doc, 'p', 'seen-count', seenInLabel(card.seenCount)));
  const list = el(doc, 'ul', 'seen-list');
  for (const s of card.seenIn) {
    const title = s.title ?? s.url;
    list.append(el(doc, 'li', 'seen-item', s.siteName ? `${title} — ${s.siteName}` : title));
  }
  seen.append(list, button(doc, 'memory-link', `What you’ve read about ${card.name}: open its page`, `What you’ve read about ${card.name}`, () => openEntityPage(card.memoryKey)));
  root.append(style, seen);
  return holder;
}

function quoteView(doc: Document, card: QuoteCard, actions: CardActions): HTMLElement[] {
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'badge t-quote', card.partial ? 'Partial quote' : 'Quote'));
  const speaker = el(doc, 'p', 'speaker');
  if (card.speaker && card.speakerEntityId) {
    const id = card.speakerEntityId;
    speaker.append(el(doc, 'span', 'said', 'Said by '), button(doc, 'speaker-link', `Said by ${card.speaker}: show card`, card.speaker, () => actions.showEntity(id)));
  } else {
    speaker.textContent = card.speaker ? `Said by ${card.speaker}` : 'Speaker not identified';
  }
  return [head, speaker, el(doc, 'blockquote', 'quote-text', `“${card.text}”`)];
}

/** Fills `container` with the card for `model`, replacing what was there. */
export function renderCard(container: HTMLElement, model: CardModel, actions: CardActions): void {
  const doc = container.ownerDocument;
  const parts = model.kind === 'entity' ? entityView(doc, model, actions) : quoteView(doc, model, actions);
  container.replaceChildren(...parts);
  container.setAttribute('aria-label', model.kind === 'entity' ? `${model.typeLabel}: ${model.name}` : 'Quote');
}
