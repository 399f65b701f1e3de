import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const coded = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe("NEOPLASM_INDEX: the Index's morphology entries that send a tumour to a column of the Table", () => {
  it("codes a Warthin's tumour as a benign salivary gland neoplasm (D11.9), not a tumour of unknown behavior", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const codes = await coded('The patient is waiting to be operated on by the maxillofacial surgery service of a bilateral multifocal Warthin tumor.');
    expect(codes).toContain('D119');
    expect(codes).not.toContain('D499');
  });

  it('codes a neurofibroma as a benign neoplasm of nerve (D36.10), an acoustic one of the cranial nerves (D33.3)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('It presents a 30-year evolution and diagnosis of solitary neurofibroma.')).toContain('D3610');
    expect(await coded('MRI showed a vestibular schwannoma.')).toContain('D333');
  });

  it('codes a Leydig cell tumour of the testis and a granulosa cell tumour as of uncertain behavior (D40.1-, D39.1-)', async () => {
    expect(await coded('Histopathology revealed a Leydig cell tumor of the right testis.')).toContain('D4011');
    expect(await coded('The pathology reported an adult granulosa cell tumor of the ovary.')).toContain('D3910');
  });

  it("places an oncocytoma at the organ named with it ('see Neoplasm, benign, by site': D30.01)", async () => {
    expect(await coded('The pathological study of the nephrectomy specimen showed an oncocytoma of the right kidney.')).toContain('D3001');
  });

  it("codes a lymphoma named for an organ outside the nodes at 'extranodal and solid organ sites' (C85.99, C83.39)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('With the diagnosis of primary testicular lymphoma, we requested a whole-body staging CT.')).toContain('C8599');
    expect(await coded('Diffuse large B-cell lymphoma of the stomach.')).toContain('C8339');
    expect(await coded('Diffuse large B-cell lymphoma.')).toContain('C8330');
  });
});
