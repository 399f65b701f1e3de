import { LEVEL_CHARS } from './artifact-schemas';

const CATEGORY = LEVEL_CHARS.category.charCodeAt(0);
const SECTION = LEVEL_CHARS.section.charCodeAt(0);
const CHAPTER = LEVEL_CHARS.chapter.charCodeAt(0);

/**
 * The Tabular List node of each category, subcategory and code, found by its id. A category's subcategories and codes
 * follow it in document order up to the next category, section or chapter, and each id starts with its category's:
 * so only the 1,900 categories are indexed when the list loads, and a category's own codes when one of them is first
 * looked up. A chart looks up the codes of a few dozen categories; a Map of all 45,000 nodes made at load cost the
 * first chart more than all its lookups (sections such as 'B10' share ids with categories and are left out).
 */
export class TabularCodes {
  private readonly categories = new Map<string, number>();
  /** Each category's codes (its own id included), by category node, made on the first lookup in it. */
  private readonly within = new Map<number, Map<string, number>>();

  constructor(
    private readonly ids: readonly string[],
    /** One LEVEL_CHARS character per node. */
    private readonly levels: string,
  ) {
    for (let n = 0; n < levels.length; n++) if (levels.charCodeAt(n) === CATEGORY) this.categories.set(ids[n]!, n);
  }

  /** How many categories, subcategories and codes the list holds. */
  get size(): number {
    let count = 0;
    for (let n = 0; n < this.levels.length; n++) if (!this.isHeading(n)) count++;
    return count;
  }

  /** The node of a category, subcategory or code id ('J449'), or undefined when the list has none. */
  get(code: string): number | undefined {
    const category = this.categories.get(code.slice(0, 3));
    if (category === undefined) return undefined;
    let codes = this.within.get(category);
    if (!codes) {
      codes = new Map();
      for (let n = category; n < this.levels.length && (n === category || !this.isBoundary(n)); n++) codes.set(this.ids[n]!, n);
      this.within.set(category, codes);
    }
    return codes.get(code);
  }

  /** Every category, subcategory and code with its node, in document order. */
  *[Symbol.iterator](): Generator<[string, number]> {
    for (let n = 0; n < this.levels.length; n++) if (!this.isHeading(n)) yield [this.ids[n]!, n];
  }

  private isHeading(n: number): boolean {
    const level = this.levels.charCodeAt(n);
    return level === CHAPTER || level === SECTION;
  }

  /** Where a category's nodes end: the next category, section or chapter. */
  private isBoundary(n: number): boolean {
    return this.isHeading(n) || this.levels.charCodeAt(n) === CATEGORY;
  }
}
