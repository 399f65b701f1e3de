import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * A nontraumatic intracerebral hemorrhage read as unspecified (I61.9) whose clause names where in the brain it bled
 * ('intraparenchymal hemorrhage of the L basal ganglia', 'L thalamic ICH', 'lobar ICH, R parietal'): the Index's
 * 'Hemorrhage, intracerebral, deep / subcortical I61.0; cortical (superficial) I61.1; brain stem I61.3; cerebellum
 * I61.4; intraventricular I61.5; multiple localized I61.6'. The deep nuclei (basal ganglia, putamen, thalamus,
 * internal capsule) are the deep, subcortical hemorrhage; a lobe's is cortical. An ICH 'with IVH extension' is still
 * the parenchyma's: the ventricle is the site only when it bled alone, as its own words already read.
 */
const SITES: [RegExp, string][] = [
  [/\b(?:brain ?stem|pontine|pons|midbrain|medulla(?:ry)?)\b/i, 'I613'],
  [/\b(?:basal ganglia|putamen|putaminal|thalam(?:us|ic)|internal capsule|caudate|deep|subcortical)\b/i, 'I610'],
  [/\b(?:lobar|cortical|frontal|parietal|temporal|occipital)\b/i, 'I611'],
];

export function withIntracerebralSite(view: CodeTableView, f: Finding, text: string) {
  if (f.code !== 'I619') return undefined;
  const clause = f.evidence.map((e) => clauseOf(text, e.start, e.end, 60)).join(' ');
  const code = SITES.find(([words]) => words.test(clause))?.[1];
  if (code === undefined || view.indexOf(code) === undefined) return undefined;
  return { code, note: 'intracerebral hemorrhage by the part of the brain its clause names (Index: Hemorrhage, intracerebral)' };
}
