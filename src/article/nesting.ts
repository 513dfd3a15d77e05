// Pages nested thousands of levels deep (page builders wrapping wrappers, broken markup that never closes a
// tag). Readability's cost grows with the square of the depth (seconds at a few thousand levels, on the page's
// main thread), so such a clone is flattened first, and a page still too deep after that gets a reason instead.
// The 131 benchmark news pages nest at most 51 levels; both bounds sit far beyond any real article.

/** Deeper than this, wrapper chains are collapsed before extraction. */
export const FLATTEN_DEPTH = 200;
/** Deeper than this after collapsing, the page is not read at all. */
export const MAX_DEPTH = 1000;

// Elements that only group or style their content: collapsing a chain of them loses no text and no block break
// that matters (the innermost element, which keeps its class and id, still bounds the content).
const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'CENTER', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'BIG']);

/** The single element child of `el` when it has nothing else but whitespace; otherwise null. */
function onlyChild(el: Element): Element | null {
  let only: Element | null = null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      if (only) return null;
      only = node as Element;
    } else if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) {
      return null;
    } else if (node.nodeType !== 3 && node.nodeType !== 8) {
      return null;
    }
  }
  return only;
}

/**
 * Replaces each chain of wrappers that hold nothing but one another (`<div><div><div>…`) by the innermost
 * element of the chain, in place. One move per chain, so the cost stays linear in the page size.
 */
export function collapseWrapperChains(root: Element): void {
  const stack: Element[] = [root];
  while (stack.length) {
    let el = stack.pop()!;
    if (WRAPPERS.has(el.tagName.toUpperCase()) && el.parentNode) {
      let bottom = el;
      for (let child = onlyChild(bottom); child && WRAPPERS.has(bottom.tagName.toUpperCase()); child = onlyChild(bottom)) bottom = child;
      if (bottom !== el) {
        el.parentNode.replaceChild(bottom, el);
        el = bottom;
      }
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
}

/** The nesting depth of `root`'s deepest element, counting `root` as 1; stops early once past `limit`. */
export function nestingDepth(root: Element, limit = Infinity): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > max) {
      max = depth;
      if (max > limit) return max;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return max;
}
