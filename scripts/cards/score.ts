// Judges an article's entity cards against a hand-made card gold: which gold card each card stands for, and whether
// each gold card is right on every point a reader sees (found, one card, name, type, aliases, role).
import { nameKey, nameTokens } from '../../src/core/entities/names';
import type { EntityType } from '../../src/core/types';

export interface GoldCard {
  name: string;
  type: EntityType;
  /** Other names the article uses for it: the card must list them. */
  aliases?: string[];
  /** Forms that may be on the card or not ("Eagles" for a team), and other acceptable card names. */
  optional?: string[];
  names?: string[];
  types?: EntityType[];
  /** The role a reader expects; a list gives acceptable wordings, null in it accepts no role. Absent: no role. */
  role?: string | null | (string | null)[];
}

export interface GoldPage {
  source: string;
  cards: GoldCard[];
  /** Names that are neither right nor wrong as cards (page furniture, nationalities, footnote authors). */
  ignore?: string[];
}

export interface SysCard {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
}

export const CRITERIA = ['found', 'merged', 'name', 'type', 'aliases', 'role'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface CardVerdict {
  gold: GoldCard;
  /** The card that stands for it (the one with the gold name, else the first), when any does. */
  sys: SysCard | null;
  /** Every card that stands for it: more than one is a split. */
  matched: SysCard[];
  checks: Record<Criterion, boolean>;
  right: boolean;
}

export interface PageVerdict {
  cards: CardVerdict[];
  /** Cards standing for no gold card and no ignored name. */
  spurious: SysCard[];
  /** Cards standing for two or more gold cards, with whether two of them are people. */
  wrongMerges: { sys: SysCard; gold: GoldCard[]; people: boolean }[];
  /** Per card id: the gold card it stands for, 'ignored', or null (spurious). */
  standsFor: Map<string, GoldCard | 'ignored' | null>;
}

/** How names are compared: case, accents, dots, "the", a possessive, leading titles and an "@" aside. */
export function formKey(name: string): string {
  const bare = name.trim().replace(/^@/u, '');
  return nameTokens(bare).join(' ') || nameKey(bare);
}

/** A role as compared: lower case, no punctuation, no leading determiner. */
export function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/[’']/gu, "'")
    .replace(/[^\p{L}\p{N}'&+ ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an|his|her|its|their) /u, '');
}

const required = (g: GoldCard): string[] => [g.name, ...(g.aliases ?? [])];

export function judgePage(gold: GoldPage, sys: SysCard[]): PageVerdict {
  // A form listed for two gold cards says nothing about which one a card stands for.
  const owners = new Map<string, Set<GoldCard>>();
  for (const g of gold.cards) {
    for (const f of [...required(g), ...(g.names ?? [])]) (owners.get(formKey(f)) ?? owners.set(formKey(f), new Set()).get(formKey(f))!).add(g);
  }
  const optionalOwners = new Map<string, GoldCard>();
  for (const g of gold.cards) for (const f of g.optional ?? []) optionalOwners.set(formKey(f), g);
  const ignored = new Set((gold.ignore ?? []).map(formKey));

  const standsFor = new Map<string, GoldCard | 'ignored' | null>();
  const byGold = new Map<GoldCard, SysCard[]>();
  const wrongMerges: PageVerdict['wrongMerges'] = [];
  const spurious: SysCard[] = [];
  for (const s of sys) {
    const forms = [s.name, ...s.aliases].map(formKey);
    const hits = new Set<GoldCard>();
    for (const f of forms) {
      const o = owners.get(f);
      if (o?.size === 1) hits.add([...o][0]);
    }
    if (hits.size > 1) wrongMerges.push({ sys: s, gold: [...hits], people: [...hits].filter((g) => g.type === 'PER').length > 1 });
    if (hits.size) {
      // A card standing for several gold cards is counted for the one its name names, else the first.
      const own = [...hits].find((g) => [g.name, ...(g.names ?? [])].map(formKey).includes(formKey(s.name))) ?? [...hits][0];
      standsFor.set(s.id, own);
      for (const g of hits) (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(s);
    } else if (forms.some((f) => optionalOwners.has(f) || ignored.has(f))) standsFor.set(s.id, 'ignored');
    else {
      standsFor.set(s.id, null);
      spurious.push(s);
    }
  }
  const merged = new Set(wrongMerges.map((w) => w.sys));
  const cards = gold.cards.map((g): CardVerdict => {
    const matched = byGold.get(g) ?? [];
    const names = [g.name, ...(g.names ?? [])].map(formKey);
    const s = matched.find((m) => names.includes(formKey(m.name))) ?? matched[0] ?? null;
    const checks: Record<Criterion, boolean> = {
      found: s !== null,
      merged: matched.length === 1 && !merged.has(matched[0]),
      name: s !== null && names.includes(formKey(s.name)),
      type: s !== null && [g.type, ...(g.types ?? [])].includes(s.type),
      aliases: s !== null && aliasesRight(g, s),
      role: s !== null && roleRight(g, s.role),
    };
    return { gold: g, sys: s, matched, checks, right: CRITERIA.every((c) => checks[c]) };
  });
  return { cards, spurious, wrongMerges, standsFor };
}

/** Every name the article uses for it is on the card, and nothing that names something else. */
function aliasesRight(g: GoldCard, s: SysCard): boolean {
  const have = new Set([s.name, ...s.aliases].map(formKey));
  const need = required(g).map(formKey);
  const allowed = new Set([...need, ...(g.optional ?? []).map(formKey), ...(g.names ?? []).map(formKey)]);
  return need.every((k) => have.has(k)) && [...have].every((k) => allowed.has(k));
}

function roleRight(g: GoldCard, role: string | undefined): boolean {
  const accepted = g.role === undefined ? [null] : Array.isArray(g.role) ? g.role : [g.role];
  if (!role) return accepted.includes(null);
  const key = roleKey(role);
  return accepted.some((a) => a !== null && roleKey(a) === key);
}
