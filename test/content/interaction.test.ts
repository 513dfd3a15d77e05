// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../src/content/card/layer';
import { Interaction, type InteractionDeps } from '../../src/content/interaction';

const deps: InteractionDeps = {
  painted: () => null,
  annotation: () => null,
  painter: () => null,
  visible: () => new Set(),
  alive: () => true,
};

describe('Interaction: the card layer', () => {
  it('is made only when first used, once, and mounted only when marks are attached', () => {
    const interaction = new Interaction(window, deps);
    // The script runs on pages it never paints: those pay nothing for the card's shadow root and styles.
    expect(interaction.madeLayer).toBeNull();
    const layer = interaction.layer;
    expect(interaction.madeLayer).toBe(layer);
    expect(interaction.layer).toBe(layer);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    interaction.attach();
    expect(document.querySelector(HOST_TAG)).toBe(layer.host);
    interaction.detach();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
