/** The practice's setup steps as the server counts them. */
export interface SetupCounts {
  accounts: number;
  lastYearActuals: boolean;
  budget: boolean;
  people: number;
}

/** When each setup step is done: one definition for the Get started page and its dashboard widget. */
export function stepsDone(s: SetupCounts) {
  return { accounts: s.accounts > 0, totals: s.lastYearActuals, budget: s.budget, staff: s.people > 1 };
}
