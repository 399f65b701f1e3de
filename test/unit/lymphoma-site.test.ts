import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * 'Lymphoma, by type' takes the lymph node region the lymphoma's sentence names as its 5th character (lymphoma-site.ts):
 * 1 head, face and neck, 2 intrathoracic, 3 intra-abdominal, 4 axilla, 5 inguinal, 6 intrapelvic; two or more, 8.
 */
describe('a lymphoma coded by the lymph node region documented', () => {
  it.each([
    ['Median CT scan showed a large mediastinal widening, and cervical lymph node biopsy showed diffuse large B-cell lymphoma with CD20 + marker.', 'C8331'],
    ['Follicular lymphoma with axillary lymphadenopathy.', 'C8294'],
    ['Hodgkin lymphoma of the inguinal lymph nodes.', 'C8195'],
    ['Diffuse large B-cell lymphoma with adenopathies in the left axilla.', 'C8334'],
    ['Mantle cell lymphoma with mesenteric and para-aortic lymph nodes.', 'C8313'],
    ['Diffuse large B-cell lymphoma with mediastinal and cervical lymph nodes.', 'C8338'],
    // An organ outside the nodes stays extranodal (9), whatever nodes are also named.
    ['Primary testicular lymphoma with retroperitoneal adenopathies.', 'C8599'],
    // The type in the charts' words (lymphoma-index.ts), its region read the same way.
    ['The endoscopic findings confirm the diagnosis of stage IVB mantle non-Hodgkin lymphoma.', 'C8310'],
    ['Small lymphocytic lymphoma with cervical lymphadenopathy.', 'C8301'],
    ['Biopsy showed a marginal zone lymphoma.', 'C8840'],
    ['Plasmablastic lymphoma in an HIV-positive patient.', 'C8380'],
    // 'Lymphoma, diffuse large cell C83.3-'; 'histiocytic (diffuse)' is its older name (from ../shared/eval/charts-codiesp-dev.jsonl).
    ['Diffuse histiocytic lymphoma of large cells".', 'C8330'],
    ['Diffuse large cell lymphoma with inguinal adenopathies.', 'C8335'],
    // No region: the unspecified site.
    ['Non-Hodgkin lymphoma with abdominal pain and enlarged lymph nodes.', 'C8590'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });
});
