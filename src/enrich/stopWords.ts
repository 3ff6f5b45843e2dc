import { stem } from './tokenize.js';

/**
 * Function words and the boilerplate vocabulary of news writing ("said",
 * "reported", weekdays...): they say nothing about what a story is about,
 * so similarity and clustering ignore them. Stemmed like the tokens.
 */
const WORDS = `a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing down during each either
else even ever every few for from further had has have having he her here hers herself him himself his how
however i if in into is it its itself just least less like made make many may me might more most much must my
myself near neither no nor not now of off often on once one only or other others our ours out over own per
perhaps rather same several she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too toward two under until up upon us very via was we
were what when where whether which while who whom whose why will with within without would yet you your
yours said say says saying told tell according report reported reports reporting reportedly news article
read more also new year years month months week weeks day days time times today yesterday tomorrow monday
tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december mr mrs ms dr first last next former latest recent recently just still already
including include includes per cent percent people way part number well back going get got go went come came
take took know known see seen show shown use used using make making three four five six seven eight nine ten
photo image video caption getty reuters ap afp copyright subscribe newsletter click share comment comments
trending advertisement sponsored http https www com`;

/** The stop list, stemmed, for O(1) lookups. */
export const stopWords: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean).map(stem));
