// Shape checks for what the background and popup send us: a message reaches a handler only when well formed.
import type { ContentProtocol } from '../shared/protocol';

const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function validateContentMessage(type: keyof ContentProtocol, payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return 'payload is not an object';
  const p = payload as Record<string, unknown>;
  switch (type) {
    case 'run':
      return null;
    case 'toggle':
      return p.on === undefined || typeof p.on === 'boolean' ? null : '`on` must be a boolean';
    case 'reveal':
      if (p.quote !== undefined && !isInt(p.quote)) return '`quote` must be a non-negative integer';
      if (p.mention !== undefined && !isInt(p.mention)) return '`mention` must be a non-negative integer';
      if (p.entityId !== undefined && typeof p.entityId !== 'string') return '`entityId` must be a string';
      if (p.quote === undefined && p.entityId === undefined) return 'nothing to reveal';
      return null;
    default:
      return 'unknown message';
  }
}
