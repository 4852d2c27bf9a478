//! Passwords the console generates: temporary passwords for new users and the demo admin's
//! password. Drawn from the OS's secure random source and built to satisfy the pool's policy.

use aws_lc_rs::rand::{SecureRandom, SystemRandom};

use crate::model::pool::PasswordPolicy;

const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const DIGITS: &[u8] = b"23456789";
// A subset of Cognito's symbols that survives shells, URLs and copy-paste without escaping.
const SYMBOLS: &[u8] = b"!@#%^*-_+=?";

/// A random password of at least 16 characters (or the policy's minimum, if longer) with one
/// character of every class, so it satisfies any policy Cognito can express.
pub fn generate(policy: &PasswordPolicy) -> String {
    let rng = SystemRandom::new();
    let length = (policy.minimum_length as usize).clamp(16, 99);
    let all: Vec<u8> = [UPPER, LOWER, DIGITS, SYMBOLS].concat();
    let mut chars: Vec<u8> = [UPPER, LOWER, DIGITS, SYMBOLS].iter().map(|set| pick(&rng, set)).collect();
    while chars.len() < length {
        chars.push(pick(&rng, &all));
    }
    // Fisher-Yates, so the guaranteed classes are not always in front.
    for i in (1..chars.len()).rev() {
        let j = uniform(&rng, i + 1);
        chars.swap(i, j);
    }
    String::from_utf8(chars).expect("ASCII alphabet")
}

fn pick(rng: &SystemRandom, set: &[u8]) -> u8 {
    set[uniform(rng, set.len())]
}

/// A uniform index below `bound` (rejection sampling: no modulo bias).
fn uniform(rng: &SystemRandom, bound: usize) -> usize {
    debug_assert!(bound > 0 && bound <= 256);
    let limit = 256 - (256 % bound);
    loop {
        let mut byte = [0u8; 1];
        rng.fill(&mut byte).expect("the OS random source failed");
        if (byte[0] as usize) < limit {
            return byte[0] as usize % bound;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_passwords_satisfy_the_strictest_policy() {
        let policy = PasswordPolicy { minimum_length: 20, ..PasswordPolicy::default() };
        for _ in 0..200 {
            let p = generate(&policy);
            assert_eq!(p.len(), 20);
            assert!(policy.violations(&p).is_empty(), "{p}");
        }
    }

    #[test]
    fn generated_passwords_differ() {
        let policy = PasswordPolicy::default();
        assert_ne!(generate(&policy), generate(&policy));
        assert_eq!(generate(&policy).len(), 16);
    }
}
