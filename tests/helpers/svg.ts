/** Checks of SVG text shared by the chart tests. */

/** Every element closed in order (a cheap well-formedness check without an XML parser). */
export function tagsBalanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (m[3] === '/') continue;
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}

/** No network and no web fonts: the only URL is the SVG namespace; no NaN or undefined leaked in. */
export function selfContained(svg: string): boolean {
  const urls = svg.match(/https?:\/\/[^\s"]+/g) ?? [];
  return urls.every((u) => u === 'http://www.w3.org/2000/svg') && !/@font-face|@import|url\(|NaN|undefined|Infinity/.test(svg);
}
