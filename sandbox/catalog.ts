// The sandbox's WhatsApp commerce catalog. Product ids are the ones used in the spec's examples,
// so the documented requests work once the placeholder catalog id "6395xxxxxxxx" is replaced.

export const CATALOG_ID = "6395000000001";

export const PRODUCTS: readonly { retailerId: string; name: string; priceIdr: number }[] = [
  { retailerId: "fgbid80y0f", name: "Paket Hemat Keluarga", priceIdr: 150_000 },
  { retailerId: "gq7up1s3xf", name: "Paket Hemat Berdua", priceIdr: 95_000 },
  { retailerId: "w0xing60by", name: "Paket Premium", priceIdr: 320_000 },
  { retailerId: "1y3tm4siby", name: "Kopi Susu Gula Aren 1L", priceIdr: 85_000 },
  { retailerId: "55s66pcc4o", name: "Roti Sobek Cokelat", priceIdr: 28_000 },
  { retailerId: "retailerda", name: "Voucher Belanja 100K", priceIdr: 100_000 },
];

const KNOWN = new Set(PRODUCTS.map((p) => p.retailerId));

/**
 * True when every reference resolves. `catalogId` undefined means "not given" (the HSM MPM example
 * omits it) and is accepted; a given but different id is not.
 */
export function productsExist(
  catalogId: string | undefined,
  retailerIds: readonly string[],
): boolean {
  if (catalogId !== undefined && catalogId !== CATALOG_ID) return false;
  return retailerIds.every((id) => KNOWN.has(id));
}
