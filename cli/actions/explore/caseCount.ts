/** How many cases (`ExploreCase`: one generated claim, its commands and waits) the output names: "1 case", "40 cases". */
export function caseCount(n: number): string {
  return n === 1 ? '1 case' : `${n} cases`;
}
