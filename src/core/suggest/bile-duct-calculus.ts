import type { RawCode } from '../types';

/** A combination rule of combine.ts: the codes it joins and the one code that replaces them. */
export interface CombinationRule {
  /** Finds the codes the rule joins; undefined when it does not apply. */
  match(codes: RawCode[]): { replace: RawCode[]; by: RawCode; keep: RawCode[] } | undefined;
  why: string;
}

/** Calculus of bile duct without cholangitis or cholecystitis: K80.50, K80.51 with obstruction. */
const BILE_DUCT = /^K805[01]$/;
/** Calculus of gallbladder, with or without cholecystitis (K80.0- to K80.2-). */
const GALLBLADDER = /^K80[012]\d$/;

/** The 6th character of K80.4- and K80.6- for the cholecystitis K81 gives: unspecified 0, acute 2, chronic 4, both 6. */
const CHOLECYSTITIS: Record<RawCode, number> = { K819: 0, K810: 2, K811: 4, K812: 6 };
/** The same, read from a gallbladder calculus already joined with its cholecystitis (K80.0-, K80.1-). */
const GALLBLADDER_CHOLECYSTITIS: Record<RawCode, number> = {
  K8000: 2, K8001: 2, K8010: 4, K8011: 4, K8012: 6, K8013: 6, K8018: 0, K8019: 0,
};

/** With obstruction is an odd last character in K80 (K80.01, K80.13, K80.19, K80.51); either stone obstructed makes it so. */
const obstructed = (...codes: RawCode[]) => (codes.some((c) => Number(c.slice(-1)) % 2 === 1) ? 1 : 0);

/**
 * A stone in the bile duct with an inflammation the Index lists 'with' it ('Calculus, bile duct, with cholangitis
 * K80.3-, with cholecystitis K80.4-'; 'Cholelithiasis, gallbladder and bile duct K80.7-, with cholecystitis K80.6-')
 * is one combination code, which K83.0 (Excludes1 'cholangitis with choledocholithiasis') and K81 ask for; 'with' is
 * presumed to link them (Guidelines I.A.15).
 */
export const BILE_DUCT_CALCULUS_RULES: CombinationRule[] = [
  {
    why: 'calculus of the bile duct with cholangitis is one code (K80.3-); K83.0 excludes cholangitis with choledocholithiasis',
    match(codes) {
      const stone = codes.find((c) => BILE_DUCT.test(c));
      if (!stone || !codes.includes('K8309')) return undefined;
      return { replace: [stone, 'K8309'], by: `K803${obstructed(stone)}`, keep: [] };
    },
  },
  {
    why: 'calculus of the gallbladder and the bile duct with cholecystitis is one code (K80.6-)',
    match(codes) {
      const stone = codes.find((c) => BILE_DUCT.test(c));
      const joined = codes.find((c) => GALLBLADDER_CHOLECYSTITIS[c] !== undefined);
      const plain = codes.find((c) => /^K802[01]$/.test(c));
      const inflamed = codes.find((c) => CHOLECYSTITIS[c] !== undefined);
      const gallbladder = joined ?? plain;
      if (!stone || !gallbladder || (!joined && !inflamed)) return undefined;
      const kind = joined ? GALLBLADDER_CHOLECYSTITIS[joined]! : CHOLECYSTITIS[inflamed!]!;
      return { replace: [stone, gallbladder, ...(inflamed ? [inflamed] : [])], by: `K806${kind + obstructed(stone, gallbladder)}`, keep: [] };
    },
  },
  {
    why: 'calculus of the bile duct with cholecystitis is one code (K80.4-); K81 excludes cholecystitis with cholelithiasis',
    match(codes) {
      const stone = codes.find((c) => BILE_DUCT.test(c));
      const inflamed = codes.find((c) => CHOLECYSTITIS[c] !== undefined);
      if (!stone || !inflamed || codes.some((c) => GALLBLADDER.test(c))) return undefined;
      return { replace: [stone, inflamed], by: `K804${CHOLECYSTITIS[inflamed]! + obstructed(stone)}`, keep: [] };
    },
  },
  {
    why: 'calculus of the gallbladder and the bile duct is one code (K80.7-)',
    match(codes) {
      const stone = codes.find((c) => BILE_DUCT.test(c));
      const gallbladder = codes.find((c) => /^K802[01]$/.test(c));
      if (!stone || !gallbladder) return undefined;
      return { replace: [stone, gallbladder], by: `K807${obstructed(stone, gallbladder)}`, keep: [] };
    },
  },
];
