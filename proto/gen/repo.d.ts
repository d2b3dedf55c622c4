import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace marketchain {

    namespace repo {

        namespace v1 {

            interface IQueryRoundRequest extends marketchain.repo.v1.QueryRoundRequest.$Properties {
            }

            class QueryRoundRequest {
                constructor(properties?: marketchain.repo.v1.QueryRoundRequest.$Properties);
                $unknowns?: Uint8Array[];
                roundId: number;
                static create(properties: marketchain.repo.v1.QueryRoundRequest.$Shape): marketchain.repo.v1.QueryRoundRequest & marketchain.repo.v1.QueryRoundRequest.$Shape;
                static create(properties?: marketchain.repo.v1.QueryRoundRequest.$Properties): marketchain.repo.v1.QueryRoundRequest;
                static encode(message: marketchain.repo.v1.QueryRoundRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryRoundRequest & marketchain.repo.v1.QueryRoundRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryRoundRequest;
                static toObject(message: marketchain.repo.v1.QueryRoundRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRoundRequest {
                interface $Properties {
                    roundId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryRoundRequest.$Properties;
            }

            interface IQueryRoundResponse extends marketchain.repo.v1.QueryRoundResponse.$Properties {
            }

            class QueryRoundResponse {
                constructor(properties?: marketchain.repo.v1.QueryRoundResponse.$Properties);
                $unknowns?: Uint8Array[];
                round?: (marketchain.repo.v1.Round.$Properties|null);
                static create(properties: marketchain.repo.v1.QueryRoundResponse.$Shape): marketchain.repo.v1.QueryRoundResponse & marketchain.repo.v1.QueryRoundResponse.$Shape;
                static create(properties?: marketchain.repo.v1.QueryRoundResponse.$Properties): marketchain.repo.v1.QueryRoundResponse;
                static encode(message: marketchain.repo.v1.QueryRoundResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryRoundResponse & marketchain.repo.v1.QueryRoundResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryRoundResponse;
                static toObject(message: marketchain.repo.v1.QueryRoundResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRoundResponse {
                interface $Properties {
                    round?: (marketchain.repo.v1.Round.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryRoundResponse.$Properties;
            }

            interface IQueryRoundsRequest extends marketchain.repo.v1.QueryRoundsRequest.$Properties {
            }

            class QueryRoundsRequest {
                constructor(properties?: marketchain.repo.v1.QueryRoundsRequest.$Properties);
                $unknowns?: Uint8Array[];
                phase: string;
                party: string;
                startAfter: number;
                limit: number;
                static create(properties: marketchain.repo.v1.QueryRoundsRequest.$Shape): marketchain.repo.v1.QueryRoundsRequest & marketchain.repo.v1.QueryRoundsRequest.$Shape;
                static create(properties?: marketchain.repo.v1.QueryRoundsRequest.$Properties): marketchain.repo.v1.QueryRoundsRequest;
                static encode(message: marketchain.repo.v1.QueryRoundsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryRoundsRequest & marketchain.repo.v1.QueryRoundsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryRoundsRequest;
                static toObject(message: marketchain.repo.v1.QueryRoundsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRoundsRequest {
                interface $Properties {
                    phase?: (string|null);
                    party?: (string|null);
                    startAfter?: (number|null);
                    limit?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryRoundsRequest.$Properties;
            }

            interface IQueryRoundsResponse extends marketchain.repo.v1.QueryRoundsResponse.$Properties {
            }

            class QueryRoundsResponse {
                constructor(properties?: marketchain.repo.v1.QueryRoundsResponse.$Properties);
                $unknowns?: Uint8Array[];
                rounds: marketchain.repo.v1.Round.$Properties[];
                nextStartAfter: number;
                static create(properties: marketchain.repo.v1.QueryRoundsResponse.$Shape): marketchain.repo.v1.QueryRoundsResponse & marketchain.repo.v1.QueryRoundsResponse.$Shape;
                static create(properties?: marketchain.repo.v1.QueryRoundsResponse.$Properties): marketchain.repo.v1.QueryRoundsResponse;
                static encode(message: marketchain.repo.v1.QueryRoundsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryRoundsResponse & marketchain.repo.v1.QueryRoundsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryRoundsResponse;
                static toObject(message: marketchain.repo.v1.QueryRoundsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRoundsResponse {
                interface $Properties {
                    rounds?: (marketchain.repo.v1.Round.$Properties[]|null);
                    nextStartAfter?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryRoundsResponse.$Properties;
            }

            interface IQueryParamsRequest extends marketchain.repo.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(properties?: marketchain.repo.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.repo.v1.QueryParamsRequest.$Shape): marketchain.repo.v1.QueryParamsRequest & marketchain.repo.v1.QueryParamsRequest.$Shape;
                static create(properties?: marketchain.repo.v1.QueryParamsRequest.$Properties): marketchain.repo.v1.QueryParamsRequest;
                static encode(message: marketchain.repo.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryParamsRequest & marketchain.repo.v1.QueryParamsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryParamsRequest;
                static toObject(message: marketchain.repo.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends marketchain.repo.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(properties?: marketchain.repo.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (marketchain.repo.v1.Params.$Properties|null);
                static create(properties: marketchain.repo.v1.QueryParamsResponse.$Shape): marketchain.repo.v1.QueryParamsResponse & marketchain.repo.v1.QueryParamsResponse.$Shape;
                static create(properties?: marketchain.repo.v1.QueryParamsResponse.$Properties): marketchain.repo.v1.QueryParamsResponse;
                static encode(message: marketchain.repo.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryParamsResponse & marketchain.repo.v1.QueryParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryParamsResponse;
                static toObject(message: marketchain.repo.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (marketchain.repo.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryParamsResponse.$Properties;
            }

            interface IQueryAgentRequest extends marketchain.repo.v1.QueryAgentRequest.$Properties {
            }

            class QueryAgentRequest {
                constructor(properties?: marketchain.repo.v1.QueryAgentRequest.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                static create(properties: marketchain.repo.v1.QueryAgentRequest.$Shape): marketchain.repo.v1.QueryAgentRequest & marketchain.repo.v1.QueryAgentRequest.$Shape;
                static create(properties?: marketchain.repo.v1.QueryAgentRequest.$Properties): marketchain.repo.v1.QueryAgentRequest;
                static encode(message: marketchain.repo.v1.QueryAgentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryAgentRequest & marketchain.repo.v1.QueryAgentRequest.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryAgentRequest;
                static toObject(message: marketchain.repo.v1.QueryAgentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAgentRequest {
                interface $Properties {
                    address?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryAgentRequest.$Properties;
            }

            interface IQueryAgentResponse extends marketchain.repo.v1.QueryAgentResponse.$Properties {
            }

            class QueryAgentResponse {
                constructor(properties?: marketchain.repo.v1.QueryAgentResponse.$Properties);
                $unknowns?: Uint8Array[];
                agent?: (marketchain.repo.v1.Agent.$Properties|null);
                static create(properties: marketchain.repo.v1.QueryAgentResponse.$Shape): marketchain.repo.v1.QueryAgentResponse & marketchain.repo.v1.QueryAgentResponse.$Shape;
                static create(properties?: marketchain.repo.v1.QueryAgentResponse.$Properties): marketchain.repo.v1.QueryAgentResponse;
                static encode(message: marketchain.repo.v1.QueryAgentResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.QueryAgentResponse & marketchain.repo.v1.QueryAgentResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.QueryAgentResponse;
                static toObject(message: marketchain.repo.v1.QueryAgentResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAgentResponse {
                interface $Properties {
                    agent?: (marketchain.repo.v1.Agent.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.QueryAgentResponse.$Properties;
            }

            interface ISchedulePoint extends marketchain.repo.v1.SchedulePoint.$Properties {
            }

            class SchedulePoint {
                constructor(properties?: marketchain.repo.v1.SchedulePoint.$Properties);
                $unknowns?: Uint8Array[];
                rateBps: number;
                qty: number;
                static create(properties: marketchain.repo.v1.SchedulePoint.$Shape): marketchain.repo.v1.SchedulePoint & marketchain.repo.v1.SchedulePoint.$Shape;
                static create(properties?: marketchain.repo.v1.SchedulePoint.$Properties): marketchain.repo.v1.SchedulePoint;
                static encode(message: marketchain.repo.v1.SchedulePoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.SchedulePoint & marketchain.repo.v1.SchedulePoint.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.SchedulePoint;
                static toObject(message: marketchain.repo.v1.SchedulePoint, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SchedulePoint {
                interface $Properties {
                    rateBps?: (number|null);
                    qty?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.SchedulePoint.$Properties;
            }

            interface IReport extends marketchain.repo.v1.Report.$Properties {
            }

            class Report {
                constructor(properties?: marketchain.repo.v1.Report.$Properties);
                $unknowns?: Uint8Array[];
                hurdleBps: number;
                points: marketchain.repo.v1.SchedulePoint.$Properties[];
                salt: Uint8Array;
                revealedHeight: number;
                static create(properties: marketchain.repo.v1.Report.$Shape): marketchain.repo.v1.Report & marketchain.repo.v1.Report.$Shape;
                static create(properties?: marketchain.repo.v1.Report.$Properties): marketchain.repo.v1.Report;
                static encode(message: marketchain.repo.v1.Report.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Report & marketchain.repo.v1.Report.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Report;
                static toObject(message: marketchain.repo.v1.Report, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Report {
                interface $Properties {
                    hurdleBps?: (number|null);
                    points?: (marketchain.repo.v1.SchedulePoint.$Properties[]|null);
                    salt?: (Uint8Array|null);
                    revealedHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Report.$Properties;
            }

            interface ICandidate extends marketchain.repo.v1.Candidate.$Properties {
            }

            class Candidate {
                constructor(properties?: marketchain.repo.v1.Candidate.$Properties);
                $unknowns?: Uint8Array[];
                q: number;
                rMmBps: number;
                rRmBps: number;
                spreadBps: number;
                jointProfit: string;
                feasible: boolean;
                static create(properties: marketchain.repo.v1.Candidate.$Shape): marketchain.repo.v1.Candidate & marketchain.repo.v1.Candidate.$Shape;
                static create(properties?: marketchain.repo.v1.Candidate.$Properties): marketchain.repo.v1.Candidate;
                static encode(message: marketchain.repo.v1.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Candidate & marketchain.repo.v1.Candidate.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Candidate;
                static toObject(message: marketchain.repo.v1.Candidate, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Candidate {
                interface $Properties {
                    q?: (number|null);
                    rMmBps?: (number|null);
                    rRmBps?: (number|null);
                    spreadBps?: (number|null);
                    jointProfit?: (string|null);
                    feasible?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Candidate.$Properties;
            }

            interface ISelection extends marketchain.repo.v1.Selection.$Properties {
            }

            class Selection {
                constructor(properties?: marketchain.repo.v1.Selection.$Properties);
                $unknowns?: Uint8Array[];
                trade: boolean;
                q: number;
                rMmBps: number;
                rRmBps: number;
                rBdX2: number;
                spreadBps: number;
                jointProfit: string;
                hurdleBps: number;
                candidates: marketchain.repo.v1.Candidate.$Properties[];
                static create(properties: marketchain.repo.v1.Selection.$Shape): marketchain.repo.v1.Selection & marketchain.repo.v1.Selection.$Shape;
                static create(properties?: marketchain.repo.v1.Selection.$Properties): marketchain.repo.v1.Selection;
                static encode(message: marketchain.repo.v1.Selection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Selection & marketchain.repo.v1.Selection.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Selection;
                static toObject(message: marketchain.repo.v1.Selection, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Selection {
                interface $Properties {
                    trade?: (boolean|null);
                    q?: (number|null);
                    rMmBps?: (number|null);
                    rRmBps?: (number|null);
                    rBdX2?: (number|null);
                    spreadBps?: (number|null);
                    jointProfit?: (string|null);
                    hurdleBps?: (number|null);
                    candidates?: (marketchain.repo.v1.Candidate.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Selection.$Properties;
            }

            interface ILeg extends marketchain.repo.v1.Leg.$Properties {
            }

            class Leg {
                constructor(properties?: marketchain.repo.v1.Leg.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                cashLender: string;
                cashBorrower: string;
                qty: number;
                rateBpsX2: number;
                principal: string;
                interest: string;
                static create(properties: marketchain.repo.v1.Leg.$Shape): marketchain.repo.v1.Leg & marketchain.repo.v1.Leg.$Shape;
                static create(properties?: marketchain.repo.v1.Leg.$Properties): marketchain.repo.v1.Leg;
                static encode(message: marketchain.repo.v1.Leg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Leg & marketchain.repo.v1.Leg.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Leg;
                static toObject(message: marketchain.repo.v1.Leg, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Leg {
                interface $Properties {
                    name?: (string|null);
                    cashLender?: (string|null);
                    cashBorrower?: (string|null);
                    qty?: (number|null);
                    rateBpsX2?: (number|null);
                    principal?: (string|null);
                    interest?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Leg.$Properties;
            }

            interface ISettlement extends marketchain.repo.v1.Settlement.$Properties {
            }

            class Settlement {
                constructor(properties?: marketchain.repo.v1.Settlement.$Properties);
                $unknowns?: Uint8Array[];
                principal: string;
                interestRm: string;
                interestMm: string;
                marginBdMm: string;
                marginBdRm: string;
                interestBd: string;
                height: number;
                static create(properties: marketchain.repo.v1.Settlement.$Shape): marketchain.repo.v1.Settlement & marketchain.repo.v1.Settlement.$Shape;
                static create(properties?: marketchain.repo.v1.Settlement.$Properties): marketchain.repo.v1.Settlement;
                static encode(message: marketchain.repo.v1.Settlement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Settlement & marketchain.repo.v1.Settlement.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Settlement;
                static toObject(message: marketchain.repo.v1.Settlement, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Settlement {
                interface $Properties {
                    principal?: (string|null);
                    interestRm?: (string|null);
                    interestMm?: (string|null);
                    marginBdMm?: (string|null);
                    marginBdRm?: (string|null);
                    interestBd?: (string|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Settlement.$Properties;
            }

            interface IRound extends marketchain.repo.v1.Round.$Properties {
            }

            class Round {
                constructor(properties?: marketchain.repo.v1.Round.$Properties);
                $unknowns?: Uint8Array[];
                id: number;
                phase: string;
                bdMm: string;
                bdRm: string;
                mmClient: string;
                rmClient: string;
                cashDenom: string;
                collateralDenom: string;
                lotSize: string;
                tenorBlocks: number;
                bond: string;
                opener: string;
                openedHeight: number;
                commitDeadline: number;
                revealDeadline: number;
                acceptDeadline: number;
                commitmentMm: Uint8Array;
                commitmentRm: Uint8Array;
                reportMm?: (marketchain.repo.v1.Report.$Properties|null);
                reportRm?: (marketchain.repo.v1.Report.$Properties|null);
                selection?: (marketchain.repo.v1.Selection.$Properties|null);
                legs: marketchain.repo.v1.Leg.$Properties[];
                startHeight: number;
                maturityHeight: number;
                graceDeadline: number;
                settlement?: (marketchain.repo.v1.Settlement.$Properties|null);
                outcome: string;
                bondMmHeld: boolean;
                bondRmHeld: boolean;
                cashHeld: string;
                collateralHeld: string;
                closedHeight: number;
                acceptBlocks: number;
                rmAcceptDeadline: number;
                maxQty: number;
                requiredBond: string;
                privacy: number;
                agent: string;
                agentBond: string;
                agentBondHeld: boolean;
                sealedMm?: (marketchain.repo.v1.SealedReport.$Properties|null);
                sealedRm?: (marketchain.repo.v1.SealedReport.$Properties|null);
                selectProofHash: Uint8Array;
                static create(properties: marketchain.repo.v1.Round.$Shape): marketchain.repo.v1.Round & marketchain.repo.v1.Round.$Shape;
                static create(properties?: marketchain.repo.v1.Round.$Properties): marketchain.repo.v1.Round;
                static encode(message: marketchain.repo.v1.Round.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Round & marketchain.repo.v1.Round.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Round;
                static toObject(message: marketchain.repo.v1.Round, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Round {
                interface $Properties {
                    id?: (number|null);
                    phase?: (string|null);
                    bdMm?: (string|null);
                    bdRm?: (string|null);
                    mmClient?: (string|null);
                    rmClient?: (string|null);
                    cashDenom?: (string|null);
                    collateralDenom?: (string|null);
                    lotSize?: (string|null);
                    tenorBlocks?: (number|null);
                    bond?: (string|null);
                    opener?: (string|null);
                    openedHeight?: (number|null);
                    commitDeadline?: (number|null);
                    revealDeadline?: (number|null);
                    acceptDeadline?: (number|null);
                    commitmentMm?: (Uint8Array|null);
                    commitmentRm?: (Uint8Array|null);
                    reportMm?: (marketchain.repo.v1.Report.$Properties|null);
                    reportRm?: (marketchain.repo.v1.Report.$Properties|null);
                    selection?: (marketchain.repo.v1.Selection.$Properties|null);
                    legs?: (marketchain.repo.v1.Leg.$Properties[]|null);
                    startHeight?: (number|null);
                    maturityHeight?: (number|null);
                    graceDeadline?: (number|null);
                    settlement?: (marketchain.repo.v1.Settlement.$Properties|null);
                    outcome?: (string|null);
                    bondMmHeld?: (boolean|null);
                    bondRmHeld?: (boolean|null);
                    cashHeld?: (string|null);
                    collateralHeld?: (string|null);
                    closedHeight?: (number|null);
                    acceptBlocks?: (number|null);
                    rmAcceptDeadline?: (number|null);
                    maxQty?: (number|null);
                    requiredBond?: (string|null);
                    privacy?: (number|null);
                    agent?: (string|null);
                    agentBond?: (string|null);
                    agentBondHeld?: (boolean|null);
                    sealedMm?: (marketchain.repo.v1.SealedReport.$Properties|null);
                    sealedRm?: (marketchain.repo.v1.SealedReport.$Properties|null);
                    selectProofHash?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Round.$Properties;
            }

            interface ISealedReport extends marketchain.repo.v1.SealedReport.$Properties {
            }

            class SealedReport {
                constructor(properties?: marketchain.repo.v1.SealedReport.$Properties);
                $unknowns?: Uint8Array[];
                ciphertextHash: Uint8Array;
                ephPubkey: Uint8Array;
                proofHash: Uint8Array;
                sealedHeight: number;
                static create(properties: marketchain.repo.v1.SealedReport.$Shape): marketchain.repo.v1.SealedReport & marketchain.repo.v1.SealedReport.$Shape;
                static create(properties?: marketchain.repo.v1.SealedReport.$Properties): marketchain.repo.v1.SealedReport;
                static encode(message: marketchain.repo.v1.SealedReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.SealedReport & marketchain.repo.v1.SealedReport.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.SealedReport;
                static toObject(message: marketchain.repo.v1.SealedReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SealedReport {
                interface $Properties {
                    ciphertextHash?: (Uint8Array|null);
                    ephPubkey?: (Uint8Array|null);
                    proofHash?: (Uint8Array|null);
                    sealedHeight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.SealedReport.$Properties;
            }

            interface IAgent extends marketchain.repo.v1.Agent.$Properties {
            }

            class Agent {
                constructor(properties?: marketchain.repo.v1.Agent.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                encPubkey: Uint8Array;
                bond: string;
                reserved: string;
                openRounds: number;
                static create(properties: marketchain.repo.v1.Agent.$Shape): marketchain.repo.v1.Agent & marketchain.repo.v1.Agent.$Shape;
                static create(properties?: marketchain.repo.v1.Agent.$Properties): marketchain.repo.v1.Agent;
                static encode(message: marketchain.repo.v1.Agent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Agent & marketchain.repo.v1.Agent.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Agent;
                static toObject(message: marketchain.repo.v1.Agent, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Agent {
                interface $Properties {
                    address?: (string|null);
                    encPubkey?: (Uint8Array|null);
                    bond?: (string|null);
                    reserved?: (string|null);
                    openRounds?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Agent.$Properties;
            }

            interface IParams extends marketchain.repo.v1.Params.$Properties {
            }

            class Params {
                constructor(properties?: marketchain.repo.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                minBond: string;
                maxPoints: number;
                maxRateBps: number;
                maxHurdleBps: number;
                blocksPerYear: number;
                graceBlocks: number;
                maxPhaseBlocks: number;
                maxTenorBlocks: number;
                maxExpiriesPerBlock: number;
                treasury: string;
                fixedPenalty: string;
                agentBond: string;
                sealVerifyGas: number;
                selectVerifyGas: number;
                sealVkHash: string;
                selectVkHash: string;
                static create(properties: marketchain.repo.v1.Params.$Shape): marketchain.repo.v1.Params & marketchain.repo.v1.Params.$Shape;
                static create(properties?: marketchain.repo.v1.Params.$Properties): marketchain.repo.v1.Params;
                static encode(message: marketchain.repo.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.Params & marketchain.repo.v1.Params.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.Params;
                static toObject(message: marketchain.repo.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    minBond?: (string|null);
                    maxPoints?: (number|null);
                    maxRateBps?: (number|null);
                    maxHurdleBps?: (number|null);
                    blocksPerYear?: (number|null);
                    graceBlocks?: (number|null);
                    maxPhaseBlocks?: (number|null);
                    maxTenorBlocks?: (number|null);
                    maxExpiriesPerBlock?: (number|null);
                    treasury?: (string|null);
                    fixedPenalty?: (string|null);
                    agentBond?: (string|null);
                    sealVerifyGas?: (number|null);
                    selectVerifyGas?: (number|null);
                    sealVkHash?: (string|null);
                    selectVkHash?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.Params.$Properties;
            }

            interface IMsgOpenRound extends marketchain.repo.v1.MsgOpenRound.$Properties {
            }

            class MsgOpenRound {
                constructor(properties?: marketchain.repo.v1.MsgOpenRound.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                bdMm: string;
                bdRm: string;
                mmClient: string;
                rmClient: string;
                cashDenom: string;
                collateralDenom: string;
                lotSize: string;
                tenorBlocks: number;
                bond: string;
                commitBlocks: number;
                revealBlocks: number;
                acceptBlocks: number;
                maxQty: number;
                privacy: number;
                agent: string;
                static create(properties: marketchain.repo.v1.MsgOpenRound.$Shape): marketchain.repo.v1.MsgOpenRound & marketchain.repo.v1.MsgOpenRound.$Shape;
                static create(properties?: marketchain.repo.v1.MsgOpenRound.$Properties): marketchain.repo.v1.MsgOpenRound;
                static encode(message: marketchain.repo.v1.MsgOpenRound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgOpenRound & marketchain.repo.v1.MsgOpenRound.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgOpenRound;
                static toObject(message: marketchain.repo.v1.MsgOpenRound, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgOpenRound {
                interface $Properties {
                    sender?: (string|null);
                    bdMm?: (string|null);
                    bdRm?: (string|null);
                    mmClient?: (string|null);
                    rmClient?: (string|null);
                    cashDenom?: (string|null);
                    collateralDenom?: (string|null);
                    lotSize?: (string|null);
                    tenorBlocks?: (number|null);
                    bond?: (string|null);
                    commitBlocks?: (number|null);
                    revealBlocks?: (number|null);
                    acceptBlocks?: (number|null);
                    maxQty?: (number|null);
                    privacy?: (number|null);
                    agent?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgOpenRound.$Properties;
            }

            interface IMsgOpenRoundResponse extends marketchain.repo.v1.MsgOpenRoundResponse.$Properties {
            }

            class MsgOpenRoundResponse {
                constructor(properties?: marketchain.repo.v1.MsgOpenRoundResponse.$Properties);
                $unknowns?: Uint8Array[];
                roundId: number;
                static create(properties: marketchain.repo.v1.MsgOpenRoundResponse.$Shape): marketchain.repo.v1.MsgOpenRoundResponse & marketchain.repo.v1.MsgOpenRoundResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgOpenRoundResponse.$Properties): marketchain.repo.v1.MsgOpenRoundResponse;
                static encode(message: marketchain.repo.v1.MsgOpenRoundResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgOpenRoundResponse & marketchain.repo.v1.MsgOpenRoundResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgOpenRoundResponse;
                static toObject(message: marketchain.repo.v1.MsgOpenRoundResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgOpenRoundResponse {
                interface $Properties {
                    roundId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgOpenRoundResponse.$Properties;
            }

            interface IMsgCommitReport extends marketchain.repo.v1.MsgCommitReport.$Properties {
            }

            class MsgCommitReport {
                constructor(properties?: marketchain.repo.v1.MsgCommitReport.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                commitment: Uint8Array;
                static create(properties: marketchain.repo.v1.MsgCommitReport.$Shape): marketchain.repo.v1.MsgCommitReport & marketchain.repo.v1.MsgCommitReport.$Shape;
                static create(properties?: marketchain.repo.v1.MsgCommitReport.$Properties): marketchain.repo.v1.MsgCommitReport;
                static encode(message: marketchain.repo.v1.MsgCommitReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgCommitReport & marketchain.repo.v1.MsgCommitReport.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgCommitReport;
                static toObject(message: marketchain.repo.v1.MsgCommitReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCommitReport {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    commitment?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgCommitReport.$Properties;
            }

            interface IMsgCommitReportResponse extends marketchain.repo.v1.MsgCommitReportResponse.$Properties {
            }

            class MsgCommitReportResponse {
                constructor(properties?: marketchain.repo.v1.MsgCommitReportResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.repo.v1.MsgCommitReportResponse.$Shape): marketchain.repo.v1.MsgCommitReportResponse & marketchain.repo.v1.MsgCommitReportResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgCommitReportResponse.$Properties): marketchain.repo.v1.MsgCommitReportResponse;
                static encode(message: marketchain.repo.v1.MsgCommitReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgCommitReportResponse & marketchain.repo.v1.MsgCommitReportResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgCommitReportResponse;
                static toObject(message: marketchain.repo.v1.MsgCommitReportResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCommitReportResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgCommitReportResponse.$Properties;
            }

            interface IMsgRevealReport extends marketchain.repo.v1.MsgRevealReport.$Properties {
            }

            class MsgRevealReport {
                constructor(properties?: marketchain.repo.v1.MsgRevealReport.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                hurdleBps: number;
                points: marketchain.repo.v1.SchedulePoint.$Properties[];
                salt: Uint8Array;
                static create(properties: marketchain.repo.v1.MsgRevealReport.$Shape): marketchain.repo.v1.MsgRevealReport & marketchain.repo.v1.MsgRevealReport.$Shape;
                static create(properties?: marketchain.repo.v1.MsgRevealReport.$Properties): marketchain.repo.v1.MsgRevealReport;
                static encode(message: marketchain.repo.v1.MsgRevealReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgRevealReport & marketchain.repo.v1.MsgRevealReport.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgRevealReport;
                static toObject(message: marketchain.repo.v1.MsgRevealReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevealReport {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    hurdleBps?: (number|null);
                    points?: (marketchain.repo.v1.SchedulePoint.$Properties[]|null);
                    salt?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgRevealReport.$Properties;
            }

            interface IMsgRevealReportResponse extends marketchain.repo.v1.MsgRevealReportResponse.$Properties {
            }

            class MsgRevealReportResponse {
                constructor(properties?: marketchain.repo.v1.MsgRevealReportResponse.$Properties);
                $unknowns?: Uint8Array[];
                phase: string;
                static create(properties: marketchain.repo.v1.MsgRevealReportResponse.$Shape): marketchain.repo.v1.MsgRevealReportResponse & marketchain.repo.v1.MsgRevealReportResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgRevealReportResponse.$Properties): marketchain.repo.v1.MsgRevealReportResponse;
                static encode(message: marketchain.repo.v1.MsgRevealReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgRevealReportResponse & marketchain.repo.v1.MsgRevealReportResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgRevealReportResponse;
                static toObject(message: marketchain.repo.v1.MsgRevealReportResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevealReportResponse {
                interface $Properties {
                    phase?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgRevealReportResponse.$Properties;
            }

            interface IMsgAcceptLeg extends marketchain.repo.v1.MsgAcceptLeg.$Properties {
            }

            class MsgAcceptLeg {
                constructor(properties?: marketchain.repo.v1.MsgAcceptLeg.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                static create(properties: marketchain.repo.v1.MsgAcceptLeg.$Shape): marketchain.repo.v1.MsgAcceptLeg & marketchain.repo.v1.MsgAcceptLeg.$Shape;
                static create(properties?: marketchain.repo.v1.MsgAcceptLeg.$Properties): marketchain.repo.v1.MsgAcceptLeg;
                static encode(message: marketchain.repo.v1.MsgAcceptLeg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgAcceptLeg & marketchain.repo.v1.MsgAcceptLeg.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgAcceptLeg;
                static toObject(message: marketchain.repo.v1.MsgAcceptLeg, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptLeg {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgAcceptLeg.$Properties;
            }

            interface IMsgAcceptLegResponse extends marketchain.repo.v1.MsgAcceptLegResponse.$Properties {
            }

            class MsgAcceptLegResponse {
                constructor(properties?: marketchain.repo.v1.MsgAcceptLegResponse.$Properties);
                $unknowns?: Uint8Array[];
                phase: string;
                static create(properties: marketchain.repo.v1.MsgAcceptLegResponse.$Shape): marketchain.repo.v1.MsgAcceptLegResponse & marketchain.repo.v1.MsgAcceptLegResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgAcceptLegResponse.$Properties): marketchain.repo.v1.MsgAcceptLegResponse;
                static encode(message: marketchain.repo.v1.MsgAcceptLegResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgAcceptLegResponse & marketchain.repo.v1.MsgAcceptLegResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgAcceptLegResponse;
                static toObject(message: marketchain.repo.v1.MsgAcceptLegResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptLegResponse {
                interface $Properties {
                    phase?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgAcceptLegResponse.$Properties;
            }

            interface IMsgRepurchase extends marketchain.repo.v1.MsgRepurchase.$Properties {
            }

            class MsgRepurchase {
                constructor(properties?: marketchain.repo.v1.MsgRepurchase.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                static create(properties: marketchain.repo.v1.MsgRepurchase.$Shape): marketchain.repo.v1.MsgRepurchase & marketchain.repo.v1.MsgRepurchase.$Shape;
                static create(properties?: marketchain.repo.v1.MsgRepurchase.$Properties): marketchain.repo.v1.MsgRepurchase;
                static encode(message: marketchain.repo.v1.MsgRepurchase.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgRepurchase & marketchain.repo.v1.MsgRepurchase.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgRepurchase;
                static toObject(message: marketchain.repo.v1.MsgRepurchase, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRepurchase {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgRepurchase.$Properties;
            }

            interface IMsgRepurchaseResponse extends marketchain.repo.v1.MsgRepurchaseResponse.$Properties {
            }

            class MsgRepurchaseResponse {
                constructor(properties?: marketchain.repo.v1.MsgRepurchaseResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.repo.v1.MsgRepurchaseResponse.$Shape): marketchain.repo.v1.MsgRepurchaseResponse & marketchain.repo.v1.MsgRepurchaseResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgRepurchaseResponse.$Properties): marketchain.repo.v1.MsgRepurchaseResponse;
                static encode(message: marketchain.repo.v1.MsgRepurchaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgRepurchaseResponse & marketchain.repo.v1.MsgRepurchaseResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgRepurchaseResponse;
                static toObject(message: marketchain.repo.v1.MsgRepurchaseResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRepurchaseResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgRepurchaseResponse.$Properties;
            }

            interface IMsgExpireRound extends marketchain.repo.v1.MsgExpireRound.$Properties {
            }

            class MsgExpireRound {
                constructor(properties?: marketchain.repo.v1.MsgExpireRound.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                static create(properties: marketchain.repo.v1.MsgExpireRound.$Shape): marketchain.repo.v1.MsgExpireRound & marketchain.repo.v1.MsgExpireRound.$Shape;
                static create(properties?: marketchain.repo.v1.MsgExpireRound.$Properties): marketchain.repo.v1.MsgExpireRound;
                static encode(message: marketchain.repo.v1.MsgExpireRound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgExpireRound & marketchain.repo.v1.MsgExpireRound.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgExpireRound;
                static toObject(message: marketchain.repo.v1.MsgExpireRound, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgExpireRound {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgExpireRound.$Properties;
            }

            interface IMsgExpireRoundResponse extends marketchain.repo.v1.MsgExpireRoundResponse.$Properties {
            }

            class MsgExpireRoundResponse {
                constructor(properties?: marketchain.repo.v1.MsgExpireRoundResponse.$Properties);
                $unknowns?: Uint8Array[];
                phase: string;
                static create(properties: marketchain.repo.v1.MsgExpireRoundResponse.$Shape): marketchain.repo.v1.MsgExpireRoundResponse & marketchain.repo.v1.MsgExpireRoundResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgExpireRoundResponse.$Properties): marketchain.repo.v1.MsgExpireRoundResponse;
                static encode(message: marketchain.repo.v1.MsgExpireRoundResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgExpireRoundResponse & marketchain.repo.v1.MsgExpireRoundResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgExpireRoundResponse;
                static toObject(message: marketchain.repo.v1.MsgExpireRoundResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgExpireRoundResponse {
                interface $Properties {
                    phase?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgExpireRoundResponse.$Properties;
            }

            interface IMsgRegisterAgent extends marketchain.repo.v1.MsgRegisterAgent.$Properties {
            }

            class MsgRegisterAgent {
                constructor(properties?: marketchain.repo.v1.MsgRegisterAgent.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                encPubkey: Uint8Array;
                bond: string;
                static create(properties: marketchain.repo.v1.MsgRegisterAgent.$Shape): marketchain.repo.v1.MsgRegisterAgent & marketchain.repo.v1.MsgRegisterAgent.$Shape;
                static create(properties?: marketchain.repo.v1.MsgRegisterAgent.$Properties): marketchain.repo.v1.MsgRegisterAgent;
                static encode(message: marketchain.repo.v1.MsgRegisterAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgRegisterAgent & marketchain.repo.v1.MsgRegisterAgent.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgRegisterAgent;
                static toObject(message: marketchain.repo.v1.MsgRegisterAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterAgent {
                interface $Properties {
                    sender?: (string|null);
                    encPubkey?: (Uint8Array|null);
                    bond?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgRegisterAgent.$Properties;
            }

            interface IMsgRegisterAgentResponse extends marketchain.repo.v1.MsgRegisterAgentResponse.$Properties {
            }

            class MsgRegisterAgentResponse {
                constructor(properties?: marketchain.repo.v1.MsgRegisterAgentResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: marketchain.repo.v1.MsgRegisterAgentResponse.$Shape): marketchain.repo.v1.MsgRegisterAgentResponse & marketchain.repo.v1.MsgRegisterAgentResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgRegisterAgentResponse.$Properties): marketchain.repo.v1.MsgRegisterAgentResponse;
                static encode(message: marketchain.repo.v1.MsgRegisterAgentResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgRegisterAgentResponse & marketchain.repo.v1.MsgRegisterAgentResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgRegisterAgentResponse;
                static toObject(message: marketchain.repo.v1.MsgRegisterAgentResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterAgentResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgRegisterAgentResponse.$Properties;
            }

            interface IMsgSealReport extends marketchain.repo.v1.MsgSealReport.$Properties {
            }

            class MsgSealReport {
                constructor(properties?: marketchain.repo.v1.MsgSealReport.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                commitment: Uint8Array;
                ciphertext: Uint8Array;
                ephPubkey: Uint8Array;
                proof: Uint8Array;
                ciphertextHash: Uint8Array;
                static create(properties: marketchain.repo.v1.MsgSealReport.$Shape): marketchain.repo.v1.MsgSealReport & marketchain.repo.v1.MsgSealReport.$Shape;
                static create(properties?: marketchain.repo.v1.MsgSealReport.$Properties): marketchain.repo.v1.MsgSealReport;
                static encode(message: marketchain.repo.v1.MsgSealReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgSealReport & marketchain.repo.v1.MsgSealReport.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgSealReport;
                static toObject(message: marketchain.repo.v1.MsgSealReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSealReport {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    commitment?: (Uint8Array|null);
                    ciphertext?: (Uint8Array|null);
                    ephPubkey?: (Uint8Array|null);
                    proof?: (Uint8Array|null);
                    ciphertextHash?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgSealReport.$Properties;
            }

            interface IMsgSealReportResponse extends marketchain.repo.v1.MsgSealReportResponse.$Properties {
            }

            class MsgSealReportResponse {
                constructor(properties?: marketchain.repo.v1.MsgSealReportResponse.$Properties);
                $unknowns?: Uint8Array[];
                phase: string;
                static create(properties: marketchain.repo.v1.MsgSealReportResponse.$Shape): marketchain.repo.v1.MsgSealReportResponse & marketchain.repo.v1.MsgSealReportResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgSealReportResponse.$Properties): marketchain.repo.v1.MsgSealReportResponse;
                static encode(message: marketchain.repo.v1.MsgSealReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgSealReportResponse & marketchain.repo.v1.MsgSealReportResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgSealReportResponse;
                static toObject(message: marketchain.repo.v1.MsgSealReportResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSealReportResponse {
                interface $Properties {
                    phase?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgSealReportResponse.$Properties;
            }

            interface IMsgSelect extends marketchain.repo.v1.MsgSelect.$Properties {
            }

            class MsgSelect {
                constructor(properties?: marketchain.repo.v1.MsgSelect.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                roundId: number;
                traded: boolean;
                q: number;
                rMmBps: number;
                rRmBps: number;
                proof: Uint8Array;
                static create(properties: marketchain.repo.v1.MsgSelect.$Shape): marketchain.repo.v1.MsgSelect & marketchain.repo.v1.MsgSelect.$Shape;
                static create(properties?: marketchain.repo.v1.MsgSelect.$Properties): marketchain.repo.v1.MsgSelect;
                static encode(message: marketchain.repo.v1.MsgSelect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgSelect & marketchain.repo.v1.MsgSelect.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgSelect;
                static toObject(message: marketchain.repo.v1.MsgSelect, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSelect {
                interface $Properties {
                    sender?: (string|null);
                    roundId?: (number|null);
                    traded?: (boolean|null);
                    q?: (number|null);
                    rMmBps?: (number|null);
                    rRmBps?: (number|null);
                    proof?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgSelect.$Properties;
            }

            interface IMsgSelectResponse extends marketchain.repo.v1.MsgSelectResponse.$Properties {
            }

            class MsgSelectResponse {
                constructor(properties?: marketchain.repo.v1.MsgSelectResponse.$Properties);
                $unknowns?: Uint8Array[];
                phase: string;
                static create(properties: marketchain.repo.v1.MsgSelectResponse.$Shape): marketchain.repo.v1.MsgSelectResponse & marketchain.repo.v1.MsgSelectResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgSelectResponse.$Properties): marketchain.repo.v1.MsgSelectResponse;
                static encode(message: marketchain.repo.v1.MsgSelectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgSelectResponse & marketchain.repo.v1.MsgSelectResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgSelectResponse;
                static toObject(message: marketchain.repo.v1.MsgSelectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSelectResponse {
                interface $Properties {
                    phase?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgSelectResponse.$Properties;
            }

            interface IMsgWithdrawAgentBond extends marketchain.repo.v1.MsgWithdrawAgentBond.$Properties {
            }

            class MsgWithdrawAgentBond {
                constructor(properties?: marketchain.repo.v1.MsgWithdrawAgentBond.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                amount: string;
                static create(properties: marketchain.repo.v1.MsgWithdrawAgentBond.$Shape): marketchain.repo.v1.MsgWithdrawAgentBond & marketchain.repo.v1.MsgWithdrawAgentBond.$Shape;
                static create(properties?: marketchain.repo.v1.MsgWithdrawAgentBond.$Properties): marketchain.repo.v1.MsgWithdrawAgentBond;
                static encode(message: marketchain.repo.v1.MsgWithdrawAgentBond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgWithdrawAgentBond & marketchain.repo.v1.MsgWithdrawAgentBond.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgWithdrawAgentBond;
                static toObject(message: marketchain.repo.v1.MsgWithdrawAgentBond, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdrawAgentBond {
                interface $Properties {
                    sender?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgWithdrawAgentBond.$Properties;
            }

            interface IMsgWithdrawAgentBondResponse extends marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties {
            }

            class MsgWithdrawAgentBondResponse {
                constructor(properties?: marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties);
                $unknowns?: Uint8Array[];
                bond: string;
                static create(properties: marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape): marketchain.repo.v1.MsgWithdrawAgentBondResponse & marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape;
                static create(properties?: marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties): marketchain.repo.v1.MsgWithdrawAgentBondResponse;
                static encode(message: marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): marketchain.repo.v1.MsgWithdrawAgentBondResponse & marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape;
                static fromObject(object: { [k: string]: any }): marketchain.repo.v1.MsgWithdrawAgentBondResponse;
                static toObject(message: marketchain.repo.v1.MsgWithdrawAgentBondResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdrawAgentBondResponse {
                interface $Properties {
                    bond?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties;
            }
        }
    }
}
