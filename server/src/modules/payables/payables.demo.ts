import type { DemoSeed } from '../../core/module';

/** Filled in below, once bills post to the ledger: a year of Riverside's bills and a little of Lakeside's. */
export function seedPayablesDemo(_seed: DemoSeed): void {}
