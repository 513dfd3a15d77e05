// The weights file (model/ner.bin), little-endian:
//   0  "LNER" magic
//   4  u8 format version, u8 hash bits, u8 tag count, u8 features per token
//   8  f32 scale of the int8 emission weights
//  12  u32 byte length of the metadata JSON, u32 byte length of the lexicon table, u32 byte length of the name filter
//  24  u32 byte length of the mention classifier weights, f32 scale of those weights
//  32  u32 byte length of the phrase table
//  36  f32[T*T] transition scores, f32[T] start scores
//      metadata JSON (UTF-8, space-padded to a multiple of 4), lexicon table (see lexicon.ts; 4-aligned),
//      phrase table of the multi-word name lists (phrases.ts; the lexicon's layout), name Bloom filter (bloom.ts)
//      i8[2^bits * T] emission weights, bucket major
//      i8 mention classifier weights (see retype.ts), bucket major
// Loading copies nothing: the weights are a view on the bytes.

export const MAGIC = 'LNER';
export const FORMAT_VERSION = 3;
const HEADER = 36;

export interface ModelMetadata {
  /** Feature code version the weights were trained with. */
  features: number;
  trainedOn: string[];
  epochs: number;
  seed: number;
  [key: string]: unknown;
}

export interface ModelParts {
  bits: number;
  numTags: number;
  featuresPerToken: number;
  scale: number;
  between: Float32Array;
  start: Float32Array;
  metadata: ModelMetadata;
  /** Lexicon hash table bytes (Lexicon.toBytes). */
  lexicon: Uint8Array;
  /** Phrase table bytes of the multi-word name lists (Lexicon.toBytes keyed by phraseKey). */
  phrases: Uint8Array;
  /** Bloom filter bits of the person-name gazetteer. */
  names: Uint8Array;
  weights: Int8Array;
  /** Mention type classifier (retype.ts): int8 weights and their scale; its hash bits are in the metadata. */
  mentionWeights: Int8Array;
  mentionScale: number;
}

export function encodeModel(m: ModelParts): Uint8Array {
  let json = JSON.stringify(m.metadata);
  while (new TextEncoder().encode(json).length % 4 !== 0) json += ' ';
  const meta = new TextEncoder().encode(json);
  const lex = m.lexicon;
  const T = m.numTags;
  const head = HEADER + 4 * (T * T + T);
  const bytes = new Uint8Array(
    head + meta.length + lex.length + m.phrases.length + m.names.length + m.weights.length + m.mentionWeights.length,
  );
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes.set([FORMAT_VERSION, m.bits, T, m.featuresPerToken], 4);
  view.setFloat32(8, m.scale, true);
  view.setUint32(12, meta.length, true);
  view.setUint32(16, lex.length, true);
  view.setUint32(20, m.names.length, true);
  view.setUint32(24, m.mentionWeights.length, true);
  view.setFloat32(28, m.mentionScale, true);
  view.setUint32(32, m.phrases.length, true);
  let at = HEADER;
  for (const v of [...m.between, ...m.start]) {
    view.setFloat32(at, v, true);
    at += 4;
  }
  bytes.set(meta, at);
  bytes.set(lex, at + meta.length);
  at += meta.length + lex.length;
  bytes.set(m.phrases, at);
  at += m.phrases.length;
  bytes.set(m.names, at);
  at += m.names.length;
  bytes.set(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.length), at);
  at += m.weights.length;
  bytes.set(new Uint8Array(m.mentionWeights.buffer, m.mentionWeights.byteOffset, m.mentionWeights.length), at);
  return bytes;
}

export function decodeModel(bytes: Uint8Array): ModelParts {
  const fail = (why: string): never => {
    throw new Error(`Not a Lede NER model: ${why}`);
  };
  if (bytes.length < HEADER) fail(`${bytes.length} bytes is too short`);
  if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== MAGIC) fail('bad magic');
  if (bytes[4] !== FORMAT_VERSION) fail(`format version ${bytes[4]}, expected ${FORMAT_VERSION}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bits = bytes[5];
  const T = bytes[6];
  const featuresPerToken = bytes[7];
  const metaLen = view.getUint32(12, true);
  const lexLen = view.getUint32(16, true);
  const namesLen = view.getUint32(20, true);
  const mentionLen = view.getUint32(24, true);
  const phrasesLen = view.getUint32(32, true);
  const head = HEADER + 4 * (T * T + T);
  const weightsLen = 2 ** bits * T;
  if (bits < 8 || bits > 26 || T === 0) fail(`bad header (bits ${bits}, tags ${T})`);
  const phrasesAt = head + metaLen + lexLen;
  const namesAt = phrasesAt + phrasesLen;
  const weightsAt = namesAt + namesLen;
  if (bytes.length !== weightsAt + weightsLen + mentionLen) fail(`length ${bytes.length} does not match its header`);
  const floats = (from: number, count: number) => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(from + 4 * i, true);
    return out;
  };
  const decoder = new TextDecoder();
  return {
    bits,
    numTags: T,
    featuresPerToken,
    scale: view.getFloat32(8, true),
    between: floats(HEADER, T * T),
    start: floats(HEADER + 4 * T * T, T),
    metadata: JSON.parse(decoder.decode(bytes.subarray(head, head + metaLen))) as ModelMetadata,
    lexicon: bytes.subarray(head + metaLen, head + metaLen + lexLen),
    phrases: bytes.subarray(phrasesAt, namesAt),
    names: bytes.subarray(namesAt, weightsAt),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset + weightsAt, weightsLen),
    mentionWeights: new Int8Array(bytes.buffer, bytes.byteOffset + weightsAt + weightsLen, mentionLen),
    mentionScale: view.getFloat32(28, true),
  };
}
