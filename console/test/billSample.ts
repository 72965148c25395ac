// The bill data of the Java CarrierFixturesTest.billData(), field for field (not a test itself).
import { fromHex } from '../src/chain/hex.ts';
import type { BillDataInput } from '../src/trade/ebl.ts';

export const CARRIER = fromHex('11'.repeat(32));
export const SHIPPER = fromHex('22'.repeat(32));
export const CONSIGNEE = fromHex('33'.repeat(32));

export function sampleBill(reference = 'SLK-2026-0042'): BillDataInput {
  return {
    reference,
    carrierCode: 'ESSC',
    issuingParty: { name: 'East Sea Shipping', address: { street: 'Harbour Road 1', city: 'Shanghai', countryCode: 'CN' }, account: CARRIER },
    shipper: { name: '丝路贸易 Silkroad Traders', address: { street: 'Silk Street 8', city: 'Shanghai', countryCode: 'CN' }, account: SHIPPER },
    notifyParties: [],
    vesselName: 'Silk Star',
    voyageNumber: '042E',
    portOfLoading: { unLocode: 'CNSHA', name: 'Shanghai' },
    portOfDischarge: { unLocode: 'SGSIN', name: 'Singapore' },
    plannedDeparture: '2026-03-01',
    plannedArrival: '2026-03-09',
    shippedOnBoardDate: '2026-03-02',
    issueDate: '2026-03-02',
    placeOfIssue: 'CNSHA',
    invoicePayableAt: 'CNSHA',
    clean: true,
    clauses: [],
    goods: [
      {
        bookingReference: 'SLK-2026-0042',
        description: ['Raw silk, 60 cartons', 'Grade 5A'],
        hsCode: '500200',
        cargo: [{ equipmentReference: 'SLKU1234565', grossWeightGrams: 1_234_500n, packages: 60, packaging: 'Carton' }],
      },
    ],
    containers: [{ reference: 'SLKU1234565', isoCode: '22G1', seals: ['DO0012345'], shipperOwned: false }],
    contactName: 'Operations desk',
    contactEmail: 'ops@east-sea.example',
    termsAndConditions: "Carriage subject to the carrier's standard terms.",
  };
}
