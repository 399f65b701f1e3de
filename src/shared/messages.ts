/**
 * The one message protocol. Unions are named for who receives them; each schema shares its name with its type.
 * Validate where a message arrives (the receiver calls `safeParse`); the content script shares a process with the
 * page, so what it sends, replies included, is the least trusted input. Browser-free, so it runs in unit tests;
 * the typed senders live in send.ts.
 */
// zod/mini: the classic build cannot be tree-shaken and would add ~440 KB to the content script injected into each page.
import * as z from 'zod/mini';
import type { EngineInfo, IndexEntry, PcsAxisStep, SearchResult, SuggestResult } from '../core/engine-types';
import type { Prompt, TabularDetail } from '../core/types';

export const CodeSystem = z.enum(['icd10cm', 'icd10pcs', 'hcpcs', 'user']);
export const Setting = z.enum(['outpatient', 'inpatient']);
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const Code = z.string().check(z.minLength(1), z.maxLength(16), z.regex(/^[A-Za-z0-9.\-]+$/));
export const ClaimCode = z.object({ set: CodeSystem, code: Code });
export type ClaimCode = z.infer<typeof ClaimCode>;

/** 2 MB of chart text: beyond this the reader stops and says so. */
export const MAX_CHART_CHARS = 2_000_000;

/** What the content script answers to `readChart`; checked by zod in the background, it comes from the page's process. */
export const ChartRead = z.object({
  readId: z.int(),
  url: z.string().check(z.maxLength(10_000)),
  text: z.string().check(z.maxLength(MAX_CHART_CHARS + 1000)),
  truncated: z.boolean(),
  selectionOnly: z.boolean(),
  framesRead: z.int().check(z.gte(0)),
  framesUnreadable: z.int().check(z.gte(0)),
  ms: z.number().check(z.gte(0)),
});
export type ChartRead = z.infer<typeof ChartRead>;

export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('search'), query: z.string().check(z.maxLength(500)), set: z.optional(CodeSystem), limit: z.optional(z.int().check(z.gte(1), z.lte(100))), dateOfService: z.optional(IsoDate) }),
  /**
   * `early`: the diagnoses at once if procedures are still loading (a cold start), marked `partial`. `chart`: the
   * chart the panel read from the tab itself (else the background reads it), checked here as the content script's reply.
   */
  z.object({ type: z.literal('suggestTab'), tabId: z.int().check(z.gte(0)), setting: Setting, dateOfService: z.optional(IsoDate), early: z.optional(z.boolean()), chart: z.optional(ChartRead) }),
  z.object({ type: z.literal('detail'), code: Code, year: z.optional(z.int().check(z.gte(2000), z.lte(2100))) }),
  z.object({ type: z.literal('checkClaim'), codes: z.array(ClaimCode).check(z.maxLength(200)), dateOfService: z.optional(IsoDate) }),
  /** `first`: what the sender asks next, whose files a cold engine reads first (see LoadOptions); search by default. */
  z.object({ type: z.literal('info'), first: z.optional(z.enum(['search', 'suggest'])) }),
  /** Alphabetic Index family: main terms starting with the words. */
  z.object({ type: z.literal('browseIndex'), query: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Building a PCS code: its first 3 to 7 characters (7 = a complete code). */
  z.object({ type: z.literal('pcsNextAxis'), prefix: z.string().check(z.regex(/^[0-9A-Za-z]{3,7}$/)) }),
  /** From a content script: the chart on its page changed (single-page EHR). */
  z.object({ type: z.literal('chartChanged') }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

export const Span = z.object({ start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)) });
export type Span = z.infer<typeof Span>;

export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('readChart') }),
  z.object({ type: z.literal('highlight'), readId: z.int(), spans: z.array(Span).check(z.maxLength(50)) }),
  z.object({ type: z.literal('clearHighlight') }),
  z.object({ type: z.literal('insertText'), text: z.string().check(z.minLength(1), z.maxLength(5000)), separator: z.string().check(z.maxLength(4)) }),
]);
export type ToContent = z.infer<typeof ToContent>;

export const HighlightResult = z.object({ highlighted: z.int().check(z.gte(0)), stale: z.boolean(), method: z.enum(['highlight-api', 'overlay', 'none']) });
export type HighlightResult = z.infer<typeof HighlightResult>;
export const InsertResult = z.object({ inserted: z.boolean(), field: z.string().check(z.maxLength(200)) });
export type InsertResult = z.infer<typeof InsertResult>;

/** One evidence span as the panel shows it: offsets for highlighting, the words and a little context around them. */
export interface EvidenceSnippet { start: number; end: number; section?: string; before: string; words: string; after: string }

/** Suggestions for one tab's chart, with snippets instead of the whole text (the panel never needs the chart). */
export interface TabSuggestions {
  result: Omit<SuggestResult, 'suggestions' | 'setAside'>;
  suggestions: (SuggestResult['suggestions'][number] & { snippets: EvidenceSnippet[] })[];
  setAside: (SuggestResult['setAside'][number] & { snippets: EvidenceSnippet[] })[];
  chart: Omit<ChartRead, 'text'> & { chars: number };
  ms: { read: number; suggest: number; engineLoad: number };
}

/** What the background answers to each request. */
export type Reply = {
  search: SearchResult;
  suggestTab: TabSuggestions;
  detail: TabularDetail | null;
  checkClaim: Prompt[][];
  info: EngineInfo;
  browseIndex: IndexEntry[];
  pcsNextAxis: PcsAxisStep | null;
  chartChanged: null;
};

/** What the content script answers to each request. */
export type ContentReply = {
  ping: true;
  readChart: ChartRead;
  highlight: HighlightResult;
  clearHighlight: null;
  insertText: InsertResult;
};
