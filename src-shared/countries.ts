/**
 * Country codes the wallet can recognise in a credential (ISO 3166-1 alpha-2 and alpha-3,
 * English names, the EU Publications Office country URIs used by the European Learning
 * Model) and whether a country is in the EU or EEA. The table is data in
 * ./data/countries.json, checked with zod when the module loads.
 * Must never guess a country from anything but an explicit country value, and never import
 * anything environment-specific (no node:*, electron, react, dexie, DOM).
 */
import { z } from 'zod';
import countriesData from './data/countries.json' with { type: 'json' };

export const CountryRegionSchema = z.enum(['EU', 'EEA', 'other']);
export type CountryRegion = z.infer<typeof CountryRegionSchema>;

export const CountrySchema = z.object({
  alpha2: z.string().regex(/^[A-Z]{2}$/),
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  name: z.string().min(1),
  region: CountryRegionSchema,
  aliases: z.array(z.string().min(1)).optional(),
});
export type Country = z.infer<typeof CountrySchema>;

const CountriesFileSchema = z.object({ note: z.string(), countries: z.array(CountrySchema).min(1) });

export const COUNTRIES: readonly Country[] = CountriesFileSchema.parse(countriesData).countries;

const BY_KEY = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const key of [c.alpha2, c.alpha3, c.name, ...(c.aliases ?? [])]) BY_KEY.set(key.toLowerCase(), c);
}

/** The country a value names: a 2- or 3-letter code, an English name, or an EU authority URI. */
export function countryOf(value: string): Country | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  // http://publications.europa.eu/resource/authority/country/IRL
  const uri = /\/authority\/country\/([A-Za-z]{2,3})\/?$/.exec(v);
  const key = (uri?.[1] ?? v).toLowerCase();
  return BY_KEY.get(key);
}

/** ISO 3166-1 alpha-2 for a value when derivable; a bare 2-letter code is taken as alpha-2. */
export function countryCode(value: string): string | undefined {
  const known = countryOf(value);
  if (known) return known.alpha2;
  const v = value.trim();
  return /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined;
}

export function countryRegion(alpha2: string): CountryRegion | undefined {
  return countryOf(alpha2)?.region;
}
