import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** The therapeutic steps of an ERCP, each a code of its own beside the cholangiopancreatography (BF11). */
describe('biliary endoscopy', () => {
  it('codes the sphincterotomy (papillotomy) as dilation of the ampulla of Vater (quoted from the dev charts)', async () => {
    expect(await pcsOf('Obstructive stricture resolved after endoscopic cholangiopancreatography and sphincterotomy.')).toEqual(
      expect.arrayContaining(['BF111ZZ', '0F7C8ZZ']),
    );
    expect(await pcsOf('The patient had no bile duct dilatation, although papillotomy was performed to ensure biliary drainage.')).toEqual(['0F7C8ZZ']);
  });

  it('codes stones taken out of the common bile duct and a stent left in it', async () => {
    expect((await pcsOf('ERCP with sphincterotomy and extraction of stones from the common bile duct was performed.')).sort()).toEqual(
      ['0F7C8ZZ', '0FC98ZZ', 'BF111ZZ'],
    );
    expect((await pcsOf('A plastic biliary prosthesis was placed by ERCP.')).sort()).toEqual(['0F798DZ', 'BF111ZZ']);
  });

  it('leaves words that name no organ to the bile ducts only when the chart places them there', async () => {
    expect(await pcsOf('Lateral internal sphincterotomy was performed for the chronic anal fissure.')).toEqual(['0D8R0ZZ']);
    expect(await pcsOf('Ureteroscopy with stone extraction was performed.')).not.toContain('0FC98ZZ');
  });
});
