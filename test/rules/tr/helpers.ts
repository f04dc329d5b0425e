/** Small shared pieces for the TR rule tests. */
export const JW_WMO = (nummer: string): [string, string] => [`JW${nummer}`, `WMO${nummer}`];

/** A product category and code that exist in the standard of the message (first and second one). */
export function product(bericht: string, which: 1 | 2 = 1): { categorie: string; code: string } {
  const wmo = bericht.startsWith('WMO');
  if (which === 1) return wmo ? { categorie: '04', code: '04A07' } : { categorie: '45', code: '45A07' };
  return wmo ? { categorie: '06', code: '06002' } : { categorie: '54', code: '54002' };
}

