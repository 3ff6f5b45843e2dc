// Word lists for the synthetic news corpus. Invented publications and people:
// the corpus must never look like (or leak) the real seeds.

/** The 40 topics. Their order is their popularity rank (see topicWeights). */
export const TOPICS = [
  'Politics', 'Economy', 'World', 'Business', 'Technology', 'Health', 'Sport', 'Climate',
  'Science', 'Education', 'Energy', 'Crime', 'Housing', 'Transport', 'Markets', 'Elections',
  'Immigration', 'Defence', 'Justice', 'Labour', 'Culture', 'Music', 'Film', 'Books',
  'Travel', 'Food', 'Agriculture', 'Environment', 'Weather', 'Space', 'AI', 'Cybersecurity',
  'Media', 'Religion', 'Real Estate', 'Startups', 'Football', 'Tennis', 'Local News', 'Diplomacy',
];

export const SOURCES = [
  'The Harbour Ledger', 'Northgate Courier', 'Meridian Wire', 'The Civic Dispatch', 'Evening Sentinel',
  'Lakeshore Times', 'Capital Bulletin', 'Upland Herald', 'Continental Newsroom', 'The Daybreak Star',
  'Riverbend Gazette', 'Coastline Chronicle', 'Plainview Tribune', 'Ledgerline Markets', 'Compass Press Agency',
];

export const FIRST_NAMES = ['Ada', 'Bruno', 'Carmen', 'Dmitri', 'Esther', 'Felix', 'Greta', 'Hassan',
  'Ingrid', 'Jonas', 'Keiko', 'Lorenzo', 'Mira', 'Nikolai', 'Olga', 'Pedro', 'Quentin', 'Rania',
  'Stefan', 'Tamsin', 'Ulla', 'Viktor', 'Wanjiru', 'Xavier', 'Yara', 'Zoltan', 'Amara', 'Björn',
  'Chiara', 'Desmond'];

export const LAST_NAMES = ['Abernathy', 'Bauer', 'Castellano', 'Dąbrowski', 'Eriksen', 'Fontaine',
  'Gallagher', 'Hoffmann', 'Ibekwe', 'Jovanović', 'Kaur', 'Lindqvist', 'Mendoza', "O'Neill",
  'Petrov', 'Quist', 'Ramírez', 'Sato', 'Thorne', 'Ulrich', 'Valdez', 'Whitfield', 'Yilmaz',
  'Zimmermann', 'Achebe', 'Brennan', 'Chen', 'Delacroix', 'Engström', 'Farouk'];

export const CITIES = ['Lisbon', 'Hamburg', 'Lyon', 'Valencia', 'Turin', 'Krakow', 'Graz', 'Antwerp',
  'Porto', 'Bergen', 'Tampere', 'Thessaloniki', 'Cork', 'Brno', 'Chicago', 'Ottawa', 'Vancouver',
  'Osaka', 'Busan', 'Melbourne', 'Accra', 'Kampala', 'Casablanca', 'Chennai', 'Kolkata', 'Recife',
  'Monterrey', 'Zurich', 'Rotterdam', 'Aarhus'];

export const INSTITUTIONS = ['the finance ministry', 'the planning board', 'the competition authority',
  'the city council', 'the teachers union', 'the energy regulator', 'the upper house', 'the appeals court',
  'the statistics office', 'the health committee', 'the port authority', 'the national library',
  'the transit agency', 'the water board', 'the chamber of commerce'];

export const NOUNS = ['cabinet', 'budget', 'proposal', 'inquiry', 'agreement', 'ballot', 'index',
  'tariff', 'strategy', 'shortfall', 'overhaul', 'pipeline', 'merger', 'lenders', 'officials',
  'commuters', 'nurses', 'wages', 'output', 'negotiations', 'referendum', 'tribunal', 'statute',
  'walkout', 'survey', 'figures', 'grid', 'subsidy', 'motion', 'industry', 'province', 'district',
  'fuel', 'reservoir', 'clinics', 'classrooms', 'rents', 'railway', 'emissions', 'border', 'levy',
  'prices', 'shipments', 'campaign', 'poll', 'programme', 'verdict', 'audit', 'grant', 'contract',
  'deficit', 'harvest', 'demand', 'forecast', 'plan', 'mayor', 'chancellor', 'spokeswoman',
  'economists', 'scientists', 'voters', 'shoppers', 'growers', 'pupils', 'surgeons', 'archivists',
  'builders', 'pilots', 'landlords', 'pensioners', 'founders', 'regulators'];

export const VERBS = ['said', 'announced', 'cautioned', 'endorsed', 'dismissed', 'tabled', 'disclosed',
  'forecast', 'lifted', 'trimmed', 'postponed', 'unveiled', 'ratified', 'vetoed', 'supported',
  'condemned', 'acknowledged', 'disputed', 'projected', 'hinted', 'boosted', 'scaled back',
  'challenged', 'praised', 'examined', 'outlined', 'prolonged', 'suspended', 'restarted', 'pledged'];

export const ADJECTIVES = ['fresh', 'sweeping', 'municipal', 'federal', 'cross-border', 'public',
  'independent', 'fiscal', 'partisan', 'quarterly', 'central', 'preliminary', 'delayed', 'robust',
  'fragile', 'steeper', 'softer', 'climbing', 'slumping', 'latest', 'disputed', 'overdue', 'historic',
  'surprising', 'binding', 'provisional', 'wider', 'rural', 'online', 'low-carbon', 'pressing',
  'modest', 'abrupt', 'gradual', 'interim', 'lasting'];

export const FUNCTION_WORDS = ['the', 'the', 'the', 'a', 'of', 'of', 'in', 'in', 'to', 'to', 'and',
  'and', 'for', 'on', 'with', 'by', 'at', 'from', 'that', 'as', 'after', 'before', 'over', 'amid',
  'despite', 'while', 'its', 'their', 'this', 'more', 'than', 'most', 'some', 'many', 'about', 'into',
  'under', 'against'];

export const FILLERS = ['would', 'could', 'will', 'has', 'have', 'had', 'is', 'was', 'were', 'are',
  'not', 'also', 'still', 'already', 'now', 'last', 'next', 'week', 'month', 'year', 'years', 'percent',
  'million', 'billion', 'people', 'time', 'first', 'second', 'two', 'three', 'several', 'other',
  'including', 'according', 'between', 'during', 'since', 'until', 'across', 'around'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
