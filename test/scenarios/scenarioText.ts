/** A small valid scenario to vary in tests: one return claim C1 on order O1 (seller S1, buyer B1). */
export function scenarioText(steps: string, head = ''): string {
  return `name: test scenario
${head}start: 2021-07-20T09:00
orders:
  - { id: O1, seller: S1, buyer: B1 }
claims:
  - { id: C1, order: O1, type: return }
steps:
${steps}
`;
}
