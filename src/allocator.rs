//! The memory allocator the command line, benchmarks and examples run on.
//!
//! Extraction makes many small, short-lived allocations (token lists, claim
//! records); mimalloc serves them faster than the system allocator. By
//! default it keeps freed memory for a second and commits its arenas eagerly,
//! which more than doubles the peak memory of a large batch run; [`tune`]
//! makes it return freed pages after 2 ms (0 ms costs a third more time in a
//! batch run, for 3% less memory) and commit arena memory on demand, so a
//! run stays within a few times its input (see the README's benchmarks).
//!
//! A program opts in with one line at its top level:
//!
//! ```no_run
//! claimdiff::use_allocator!();
//!
//! fn main() {}
//! ```

use libmimalloc_sys as ffi;

/// The allocator to install with `#[global_allocator]`.
pub use mimalloc::MiMalloc as Allocator;

// Option numbers of mimalloc 3 (`mi_option_e` in its `mimalloc.h`); the
// unit test below checks them against their documented defaults.
const ARENA_EAGER_COMMIT: ffi::mi_option_t = 4;
const PURGE_DELAY: ffi::mi_option_t = 15;

/// Installs [`Allocator`] as the program's global allocator, tuned by
/// [`tune`] before the first allocation (from an ELF constructor on Linux, as
/// arenas reserved before `main` keep the options they were made with).
#[macro_export]
macro_rules! use_allocator {
    () => {
        #[global_allocator]
        static CLAIMDIFF_ALLOC: $crate::allocator::Allocator = $crate::allocator::Allocator;

        #[cfg(target_os = "linux")]
        #[used]
        #[unsafe(link_section = ".init_array")]
        static CLAIMDIFF_ALLOC_TUNE: extern "C" fn() = {
            extern "C" fn tune() {
                $crate::allocator::tune();
            }
            tune
        };
    };
}

/// Returns freed memory to the system within 2 ms and commits arena memory
/// on demand. Cheap and idempotent; best called before the first allocation
/// (see [`use_allocator!`]).
pub fn tune() {
    // SAFETY: setting a mimalloc option is a plain store into its option
    // table; both options are read when memory is next purged or reserved.
    unsafe {
        ffi::mi_option_set(PURGE_DELAY, 2);
        ffi::mi_option_set(ARENA_EAGER_COMMIT, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_numbers_are_mimallocs() {
        // Defaults in mimalloc 3's options.c: purging after 1000 ms, arenas committed eagerly
        // on overcommit systems (2). A renumbering upstream fails here.
        // SAFETY: reading an option.
        let (purge, eager) = unsafe {
            (
                ffi::mi_option_get(PURGE_DELAY),
                ffi::mi_option_get(ARENA_EAGER_COMMIT),
            )
        };
        assert_eq!((purge, eager), (1000, 2));
    }
}
