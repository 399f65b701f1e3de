import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Nerve blocks: Introduction (3E0) of the substance named into the nerves the block reaches (nerve-blocks.ts). */
describe('nerve blocks', () => {
  it('codes a named block of a peripheral nerve, plexus or sympathetic ganglion as 3E0T3BZ', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await pcsOf('Flat closure was performed and left ilioinguinal nerve block was performed.')).toEqual(['3E0T3BZ']);
    expect(await pcsOf('It was decided to perform a Stellate Ganglion Block for which intravenous access was established.')).toEqual(['3E0T3BZ']);
    expect(await pcsOf('Ultrasound-guided right femoral nerve block was performed for postoperative pain.')).toEqual(['3E0T3BZ']);
  });

  it('codes a block of the trigeminal branches into the cranial nerves (3E0X)', async () => {
    expect(await pcsOf('Left infraorbital nerve block was performed with 2 ml of 0.5% bupivacaine.')).toEqual(['3E0X3BZ']);
  });

  it('takes the substance the clause names: a steroid (3), a neurolytic agent (T)', async () => {
    expect(await pcsOf('Bilateral greater occipital nerve block with 40 mg triamcinolone and 2 ml 1% lidocaine was performed.')).toEqual(['3E0T33Z']);
    expect(await pcsOf('Left L4-L5 interlaminar epidural steroid injection was performed under fluoroscopy.')).toEqual(['3E0S33Z']);
    expect(await pcsOf('Celiac plexus neurolysis with absolute alcohol was performed for pancreatic cancer pain.')).toEqual(['3E0T3TZ']);
  });

  it('does not code the block an operation was done under, nor a heart block', async () => {
    expect(await pcsOf('The reduction was done under a left interscalene block.')).toEqual([]);
    expect(await pcsOf('PROCEDURE: Right total knee arthroplasty.\nANESTHESIA: Spinal with adductor canal block.')).not.toContain('3E0T3BZ');
    expect(await pcsOf('The ECG showed right bundle branch block and complete AV block.')).not.toContain('3E0T3BZ');
  });
});
