/** jsdom ships no types; the export tests use only its XML parser to check SVG is well formed. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
