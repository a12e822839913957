/** zod's expected-type names in the words of an input error ("must be a map, got …"). */
export const TYPE_NAMES: Partial<Record<string, string>> = {
  object: 'a map',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  tuple: 'a list',
  record: 'a map',
  undefined: 'absent',
  literal: 'a fixed value',
};
