import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';

/** Symptoms as US notes list them by their initials, slash apart (sentences written for the test). */
const engine = await realEngine();
const result = (text: string, setting: 'inpatient' | 'outpatient' = 'outpatient') => engine.suggest(text, { setting });
const codes = async (text: string) => (await result(text)).suggestions.map((s) => s.code);

describe("symptoms written by initials: 'N/V', 'N/V/D'", () => {
  it("reads 'N/V' as nausea with vomiting (R11.2)", async () => {
    expect(await codes('Pt c/o N/V since yesterday.')).toEqual(['R112']);
  });

  it("reads 'N/V/D' as nausea with vomiting and diarrhea, each its own code (R11.2, R19.7)", async () => {
    const found = await codes('Patient presents with N/V/D for 2 days.');
    expect(found).toContain('R112');
    expect(found).toContain('R197');
  });

  it("sets both aside where the review of systems denies them: 'Denies N/V/D'", async () => {
    const { suggestions, setAside } = await result('ROS: Denies N/V/D.');
    expect(suggestions).toEqual([]);
    expect(setAside.filter((s) => s.context === 'negated').map((s) => s.code).sort()).toEqual(['R112', 'R197']);
  });
});

describe("the urinary pair 'frequency and urgency'", () => {
  it("reads 'dysuria, frequency, and urgency' as three findings (R30.0, R35.0, R39.15)", async () => {
    const found = await codes('She complains of dysuria, frequency, and urgency for 3 days.');
    expect(found).toEqual(expect.arrayContaining(['R300', 'R350', 'R3915']));
  });

  it("reads the translated 'pollakiuria and urgency' the same way (a CodiEsp dev sentence)", async () => {
    const found = await codes('Approximately one year later, she began to present with low irritative urinary symptoms, consisting of post-voiding urethral burning, pollakiuria and urgency.');
    expect(found).toEqual(expect.arrayContaining(['R350', 'R3915']));
  });

  it("sets both aside where they are denied: 'Denies dysuria, frequency or urgency'", async () => {
    const { suggestions, setAside } = await result('ROS: Denies dysuria, frequency or urgency.');
    expect(suggestions).toEqual([]);
    expect(setAside.map((s) => s.code)).toEqual(expect.arrayContaining(['R3915', 'R350']));
  });

  it("leaves 'urgency' alone unread: 'seen with some urgency'", async () => {
    expect(await codes('He was seen in clinic with some urgency after the fall.')).not.toContain('R3915');
  });
});
