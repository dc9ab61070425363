/**
 * A small seeded pseudo-random generator, so that resampling (bootstrap CIs, parallel analysis)
 * gives the same numbers on every machine and every run with the same seed.
 *
 * Generator: xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
 * generators"), 128 bits of state, period 2^128 - 1. The state is filled from the seed with
 * SplitMix32 (a Weyl sequence 0x9e3779b9 k passed through MurmurHash3's fmix32 finaliser), so that
 * nearby seeds give unrelated streams and the state is never all zero.
 *
 *   next():  r = rotl(s1 * 5, 7) * 9;  t = s1 << 9;
 *            s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
 *
 * All arithmetic is on unsigned 32-bit integers (Math.imul and >>> 0).
 */

export interface Random {
  /** The next unsigned 32-bit integer. */
  nextUint32(): number;
  /** A double uniform on [0, 1) with 53 random bits. */
  nextFloat(): number;
  /** An integer uniform on 0 .. n - 1 (n between 1 and 2^32), without modulo bias. */
  nextInt(n: number): number;
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** The SplitMix32 output for Weyl counter value `z` (used only to seed the state). */
function fmix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A xoshiro128** generator seeded with an integer (its low 32 bits are used). */
export function createRandom(seed: number): Random {
  let weyl = seed >>> 0;
  const state: number[] = [];
  for (let i = 0; i < 4; i++) {
    weyl = (weyl + 0x9e3779b9) >>> 0;
    state.push(fmix32(weyl));
  }
  // SplitMix32 cannot give four zeros in a row, but guard the forbidden all-zero state anyway.
  if (!state.some((v) => v !== 0)) state[0] = 1;
  return createRandomFromState(state);
}

/** A xoshiro128** generator started from an explicit state (four unsigned 32-bit words, not all zero). */
export function createRandomFromState(state: readonly number[]): Random {
  const s = Uint32Array.from(state);
  if (s.length !== 4 || (s[0] | s[1] | s[2] | s[3]) === 0) {
    throw new RangeError('xoshiro128** needs four state words, not all zero');
  }

  const nextUint32 = (): number => {
    const r = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
  };

  return {
    nextUint32,
    nextFloat(): number {
      const hi = nextUint32() >>> 5; // 27 bits
      const lo = nextUint32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    nextInt(n: number): number {
      if (!(n >= 1 && n <= 4294967296 && Number.isInteger(n))) {
        throw new RangeError(`nextInt needs an integer between 1 and 2^32, got ${n}`);
      }
      // Reject the top partial block of the 2^32 range so every residue is equally likely.
      const limit = Math.floor(4294967296 / n) * n;
      let u = nextUint32();
      while (u >= limit) u = nextUint32();
      return u % n;
    },
  };
}
