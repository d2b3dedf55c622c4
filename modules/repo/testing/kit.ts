// Module-test harness: one in-memory store, messages delivered through the real routes with a
// branch per message (reverted with its events on failure), and the repo invariants after every step.
import { randomBytes } from 'node:crypto';
import type { ExecutionContext } from 'ava';
import { utf8 } from '../../../chain/codec/bytes.js';
import { Ctx, QueryCtx } from '../../../chain/context.js';
import { sha256, toBech32 } from '../../../chain/crypto.js';
import { ChainError } from '../../../chain/errors.js';
import { EventManager, type Event } from '../../../chain/events.js';
import { GasMeter, INFINITE_GAS } from '../../../chain/gas.js';
import { CacheStore } from '../../../chain/store/cache_store.js';
import { MemoryStore } from '../../../chain/store/memory_store.js';
import { bankKeeper, getBalance, mintCoins } from '../../bank/keeper.js';
import { computeCommitment } from '../commitment.js';
import { createRepoModule, type RepoGenesisJson } from '../index.js';
import { getRound } from '../keeper.js';
import type { SchedulePoint, Side } from '../math/schedule.js';
import { defaultParams, type RepoParams } from '../params.js';
import type { Round } from '../round.js';

const repoModule = createRepoModule({ bank: bankKeeper });

export const addr = (name: string) => toBech32(sha256(utf8('repo-test-' + name)).subarray(0, 20));
export const P = { bdMm: addr('bdmm'), bdRm: addr('bdrm'), mm: addr('mm'), rm: addr('rm'), other: addr('other'), treasury: addr('treasury'), agent: addr('agent') };
export const FUNDS = 1_000_000_000_000n;
export const pts = (xs: [number, number][]): SchedulePoint[] => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));
export const EX1_D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
export const EX1_S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
export const TEST_PARAMS: RepoParams = { ...defaultParams(), blocksPerYear: 10_000, graceBlocks: 5, treasury: P.treasury };

export interface Outcome {
  ok: boolean;
  err?: ChainError;
  events: Event[];
  response?: Uint8Array;
}

export class Kit {
  readonly store = new MemoryStore();
  height = 1;
  constructor(readonly t: ExecutionContext, params: RepoParams = TEST_PARAMS, extra: Partial<RepoGenesisJson> = {}) {
    this.run((ctx) => {
      for (const a of [P.bdMm, P.bdRm, P.mm, P.rm, P.other, P.agent]) {
        mintCoins(ctx, a, [{ denom: 'uatom', amount: FUNDS }, { denom: 'umkt', amount: FUNDS }, { denom: 'uusdc', amount: FUNDS }]);
      }
      repoModule.genesis.initGenesis(ctx, repoModule.genesis.validateGenesis({ params, nextRoundId: 1, rounds: [], ...extra }));
    });
  }

  /** Runs a query handler; the decoded response, or the ChainError it threw. */
  query(path: string, req: Uint8Array): Uint8Array | ChainError {
    try {
      return repoModule.queries[path]!(this.q(), req);
    } catch (e) {
      if (e instanceof ChainError) return e;
      throw e;
    }
  }

  ctx(store = this.store as any, events = new EventManager()): Ctx {
    return new Ctx({ height: this.height, time: '2026-01-01T00:00:00.000000000Z', chainId: 'repo-test' }, store, events, new GasMeter(INFINITE_GAS), 'deliver');
  }

  q(): QueryCtx {
    return new QueryCtx({ height: this.height, time: '', chainId: 'repo-test' }, this.store);
  }

  private run(f: (ctx: Ctx) => Uint8Array | void): Outcome {
    const branch = new CacheStore(this.store);
    const events = new EventManager();
    try {
      const response = f(this.ctx(branch, events)) ?? undefined;
      branch.write();
      return { ok: true, events: events.all(), response };
    } catch (e) {
      if (!(e instanceof ChainError)) throw e;
      return { ok: false, err: e, events: [] };
    }
  }

  /** Delivers one message as the app would: stateless check, signer = sender, handler in a branch. */
  deliver(typeUrl: string, msg: Record<string, unknown>): Outcome {
    const route = repoModule.msgs.find((r) => r.typeUrl === typeUrl)!;
    const full = route.decode(this.encode(typeUrl, msg));
    const out = this.run((ctx) => {
      route.validateBasic(full);
      return route.handle(ctx, full);
    });
    this.checkInvariants();
    return out;
  }

  private encode(typeUrl: string, msg: Record<string, unknown>): Uint8Array {
    const name = typeUrl.split('.').pop()!;
    return (REPO_TYPES as any)[name].encode((REPO_TYPES as any)[name].fromObject(msg)).finish();
  }

  endBlock(): Outcome {
    const out = this.run((ctx) => repoModule.endBlock!(ctx));
    this.checkInvariants();
    return out;
  }

  /** Moves to `h`, running the end-block sweep of every block passed. */
  advanceTo(h: number): void {
    while (this.height < h) {
      this.endBlock();
      this.height++;
    }
  }

  checkInvariants(): void {
    for (const inv of repoModule.invariants) {
      const r = inv.check(this.q());
      if (r.broken) this.t.fail(`${inv.name}: ${r.message}`);
    }
  }

  bal(a: string, denom: string): bigint {
    return getBalance(this.q(), a, denom);
  }

  round(id: number | bigint): Round {
    return getRound(this.q(), BigInt(id));
  }

  snapshot(): string {
    return [...this.store.iterate(new Uint8Array())].map(([k, v]) => Buffer.from(k).toString('hex') + '=' + Buffer.from(v).toString('hex')).join(';');
  }

  /** Asserts a failure with the exact codespace/code, no state change and no events. */
  rejects(typeUrl: string, msg: Record<string, unknown>, code: number, codespace = 'repo'): void {
    const before = this.snapshot();
    const out = this.deliver(typeUrl, msg);
    this.t.false(out.ok, `${typeUrl} should fail with ${codespace}/${code}`);
    this.t.deepEqual([out.err?.codespace, out.err?.code], [codespace, code], out.err?.message);
    this.t.deepEqual(out.events, []);
    this.t.is(this.snapshot(), before);
  }

  ok(typeUrl: string, msg: Record<string, unknown>): Outcome {
    const out = this.deliver(typeUrl, msg);
    if (!out.ok) this.t.fail(`${typeUrl} failed: ${out.err?.codespace}/${out.err?.code} ${out.err?.message}`);
    return out;
  }
}

import { marketchain } from '../../../proto/repo.js';

const REPO_TYPES = marketchain.repo.v1;

export const URL = {
  open: '/marketchain.repo.v1.MsgOpenRound',
  commit: '/marketchain.repo.v1.MsgCommitReport',
  reveal: '/marketchain.repo.v1.MsgRevealReport',
  accept: '/marketchain.repo.v1.MsgAcceptLeg',
  repurchase: '/marketchain.repo.v1.MsgRepurchase',
  expire: '/marketchain.repo.v1.MsgExpireRound',
  registerAgent: '/marketchain.repo.v1.MsgRegisterAgent',
  withdrawAgentBond: '/marketchain.repo.v1.MsgWithdrawAgentBond',
  seal: '/marketchain.repo.v1.MsgSealReport',
  select: '/marketchain.repo.v1.MsgSelect',
};

/**
 * Exactly the bond openMsg's round requires under TEST_PARAMS (spec §5.1): ceil(50 lots × 1,000,003 ×
 * 100,000 bps × 100 blocks / (10⁴ × 10,000 blocks per year)) = 5,000,015, plus the fixed penalty 1,000,000.
 */
export const BOND = 6_000_015n;
export const LOT = 1_000_003n;

export function openMsg(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sender: P.bdMm, bdMm: P.bdMm, bdRm: P.bdRm, mmClient: P.mm, rmClient: P.rm, cashDenom: 'uusdc', collateralDenom: 'uatom',
    lotSize: LOT.toString(), tenorBlocks: 100, bond: `${BOND}uusdc`, maxQty: 50, commitBlocks: 10, revealBlocks: 10, acceptBlocks: 10, ...over,
  };
}

export interface Sealed {
  role: Side;
  sender: string;
  hurdle: number;
  points: SchedulePoint[];
  salt: Uint8Array;
  commitment: Uint8Array;
}

export function seal(roundId: number, role: Side, points: SchedulePoint[], hurdle = 0): Sealed {
  const salt = new Uint8Array(randomBytes(32));
  return { role, sender: role === 'mm' ? P.bdMm : P.bdRm, hurdle, points, salt, commitment: computeCommitment(BigInt(roundId), role, BigInt(hurdle), points, salt) };
}

export const commitMsg = (id: number, s: Sealed) => ({ sender: s.sender, roundId: id, commitment: s.commitment });
export const revealMsg = (id: number, s: Sealed, over: Record<string, unknown> = {}) => ({
  sender: s.sender, roundId: id, hurdleBps: s.hurdle, points: s.points.map((p) => ({ rateBps: Number(p.rateBps), qty: Number(p.qty) })), salt: s.salt, ...over,
});
