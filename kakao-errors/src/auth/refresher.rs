//! [`Refresher`]: one refresh for the requests that meet the same expired token, and what
//! each refresh gave, remembered.

use core::fmt;
use core::future::poll_fn;
use core::task::{Poll, Waker};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::{AccessToken, Refresh, RefreshFailed};

/// How many expired tokens a [`Refresher`] remembers (what each refresh gave, or that it
/// failed for good); past that, the oldest is forgotten.
pub const REMEMBERED: usize = 1024;

/// What refreshing one expired token gave.
type Outcome = Result<AccessToken, RefreshFailed>;

/// The application's refresh function, with what it has done: see the
/// [module docs](super#refreshing-a-token) for the rules. Cheap to clone; clones share the
/// function, the refreshes in flight and what is remembered, and so do the adapters given a
/// clone.
///
/// The adapters call it; an application that sends its requests by hand can too
/// ([`refreshed`](Self::refreshed)).
///
/// ```
/// # #[cfg(feature = "reqwest")] mod example {
/// use std::sync::Arc;
/// use std::sync::atomic::{AtomicUsize, Ordering};
///
/// use kakao_errors::auth::{AccessToken, Refresher};
///
/// # async fn run() {
/// let calls = Arc::new(AtomicUsize::new(0));
/// let refresher = Refresher::new({
///     let calls = Arc::clone(&calls);
///     move |expired: AccessToken| {
///         calls.fetch_add(1, Ordering::Relaxed);
///         async move {
///             // Here: the refresh token that goes with `expired`, Kakao's token endpoint,
///             // the new tokens stored.
///             Ok::<_, kakao_errors::reqwest::Error>(AccessToken::new("new"))
///         }
///     }
/// });
/// let expired = AccessToken::new("old");
/// let new = refresher.refreshed(&expired).await.unwrap();
/// assert_eq!(new.expose_secret(), "new");
/// // Remembered: no second call.
/// assert_eq!(refresher.refreshed(&expired).await.unwrap(), new);
/// assert_eq!(calls.load(Ordering::Relaxed), 1);
/// # }
/// # }
/// ```
pub struct Refresher<F> {
    shared: Arc<Shared<F>>,
}

struct Shared<F> {
    refresh: F,
    memory: Mutex<Memory>,
}

/// The flights of the expired tokens met, by token, and the order they were first met in.
#[derive(Default)]
struct Memory {
    flights: HashMap<AccessToken, Arc<Flight>>,
    order: VecDeque<AccessToken>,
}

/// The refresh of one expired token.
struct Flight {
    state: Mutex<State>,
}

enum State {
    /// A request is running the refresh; these wait for it.
    Running(Vec<Waker>),
    /// The request that ran it went away before the end (its future was dropped): the next
    /// to look takes it over.
    Vacant,
    Done(Outcome),
}

/// A lock that a panic elsewhere does not poison: every state it guards is whole between
/// statements.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What a request that met an expired token is to do.
enum Role {
    /// Run the refresh.
    Lead,
    /// Wait for the one running.
    Wait,
}

impl<F: Refresh> Refresher<F> {
    /// The refresher of this function.
    #[must_use]
    pub fn new(refresh: F) -> Self {
        Self {
            shared: Arc::new(Shared {
                refresh,
                memory: Mutex::new(Memory::default()),
            }),
        }
    }

    /// The new token for `expired`: the one a refresh already gave, or that of the refresh
    /// running for it (waited for), or that of a new refresh, run by this call. A failure that
    /// is final ([`Relogin`](crate::Remedy::Relogin)) is given again without a new refresh;
    /// any other lets the next call try again.
    ///
    /// # Errors
    ///
    /// The refresh failed, for this call and every one that waited for it.
    pub async fn refreshed(&self, expired: &AccessToken) -> Result<AccessToken, RefreshFailed> {
        let flight = match self.join(expired) {
            (flight, Role::Lead) => flight,
            (flight, Role::Wait) => match wait(&flight).await {
                Some(outcome) => return outcome,
                // Its runner went away: this call runs it.
                None => flight,
            },
        };
        let mut runner = Runner {
            flight: &flight,
            done: false,
        };
        let outcome = self
            .shared
            .refresh
            .refresh(expired.clone())
            .await
            .map_err(RefreshFailed::from_error);
        runner.finish(outcome.clone());
        outcome
    }

    /// The token a refresh of `token` gave, if one did: a request built with an expired token
    /// is sent with it from the start.
    pub(crate) fn known_replacement(&self, token: &AccessToken) -> Option<AccessToken> {
        let memory = lock(&self.shared.memory);
        let flight = memory.flights.get(token)?;
        match &*lock(&flight.state) {
            State::Done(Ok(new)) => Some(new.clone()),
            _ => None,
        }
    }

    /// How many expired tokens are remembered (at most [`REMEMBERED`]).
    #[must_use]
    pub fn remembered(&self) -> usize {
        lock(&self.shared.memory).flights.len()
    }

    /// Forgets what a refresh of `expired` gave or how it failed: the next request that meets
    /// it refreshes it again. For an application that knows better (the user logged in again
    /// and a request still carries the old token).
    pub fn forget(&self, expired: &AccessToken) {
        let mut memory = lock(&self.shared.memory);
        if memory.flights.remove(expired).is_some() {
            memory.order.retain(|token| token != expired);
        }
    }

    /// The flight of `expired`, and whether this request runs it or waits for it.
    fn join(&self, expired: &AccessToken) -> (Arc<Flight>, Role) {
        let mut memory = lock(&self.shared.memory);
        if let Some(flight) = memory.flights.get(expired) {
            let mut state = lock(&flight.state);
            let role = match &*state {
                State::Running(_) | State::Done(Ok(_)) => Role::Wait,
                State::Done(Err(failed)) if failed.is_final() => Role::Wait,
                // A failure that may pass, or a runner gone: run it again.
                State::Done(Err(_)) | State::Vacant => {
                    *state = State::Running(Vec::new());
                    Role::Lead
                }
            };
            drop(state);
            return (Arc::clone(flight), role);
        }
        let flight = Arc::new(Flight {
            state: Mutex::new(State::Running(Vec::new())),
        });
        if memory.flights.len() >= REMEMBERED {
            if let Some(oldest) = memory.order.pop_front() {
                memory.flights.remove(&oldest);
            }
        }
        memory.flights.insert(expired.clone(), Arc::clone(&flight));
        memory.order.push_back(expired.clone());
        (flight, Role::Lead)
    }
}

/// Waits for the outcome of `flight`: `Some` when it is done, `None` when its runner went
/// away and this request is to run it (the flight is marked running again).
async fn wait(flight: &Flight) -> Option<Outcome> {
    poll_fn(|cx| {
        let mut state = lock(&flight.state);
        match &mut *state {
            State::Done(outcome) => Poll::Ready(Some(outcome.clone())),
            State::Vacant => {
                *state = State::Running(Vec::new());
                Poll::Ready(None)
            }
            State::Running(wakers) => {
                if !wakers.iter().any(|waker| waker.will_wake(cx.waker())) {
                    wakers.push(cx.waker().clone());
                }
                Poll::Pending
            }
        }
    })
    .await
}

/// The request running a flight: publishes its outcome, or, if it goes away first (its
/// future dropped, a panic), leaves the flight to the next waiter.
struct Runner<'a> {
    flight: &'a Flight,
    done: bool,
}

impl Runner<'_> {
    fn finish(&mut self, outcome: Outcome) {
        self.done = true;
        self.settle(State::Done(outcome));
    }

    fn settle(&self, new: State) {
        let old = core::mem::replace(&mut *lock(&self.flight.state), new);
        if let State::Running(wakers) = old {
            wakers.into_iter().for_each(Waker::wake);
        }
    }
}

impl Drop for Runner<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.settle(State::Vacant);
        }
    }
}

impl<F> Clone for Refresher<F> {
    fn clone(&self) -> Self {
        Self {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<F> fmt::Debug for Refresher<F> {
    /// How many expired tokens are remembered; no token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Refresher")
            .field("remembered", &lock(&self.shared.memory).flights.len())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use core::future::Future;
    use core::pin::pin;
    use core::task::Context;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::Remedy;
    use crate::auth::ReloginRequired;

    /// Polls `future` once.
    fn poll_once<F: Future>(future: core::pin::Pin<&mut F>) -> Poll<F::Output> {
        future.poll(&mut Context::from_waker(Waker::noop()))
    }

    /// A refresher whose function counts its calls and answers `answer(call)` at once.
    fn counting(
        answer: fn(usize) -> Result<AccessToken, RefreshFailed>,
    ) -> (Refresher<impl Refresh>, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let refresher = Refresher::new({
            let calls = Arc::clone(&calls);
            move |_: AccessToken| {
                let call = calls.fetch_add(1, Ordering::Relaxed);
                core::future::ready(answer(call))
            }
        });
        (refresher, calls)
    }

    fn ready<T>(future: impl Future<Output = T>) -> T {
        match poll_once(pin!(future)) {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("pending"),
        }
    }

    #[test]
    fn a_final_failure_is_remembered_and_any_other_tried_again() {
        let (refresher, calls) = counting(|_| Err(RefreshFailed::from_error(ReloginRequired)));
        let dead = AccessToken::new("dead");
        for _ in 0..3 {
            let failed = ready(refresher.refreshed(&dead)).unwrap_err();
            assert_eq!(failed.remedy(), Remedy::Relogin);
        }
        assert_eq!(calls.load(Ordering::Relaxed), 1);
        refresher.forget(&dead);
        assert!(ready(refresher.refreshed(&dead)).is_err());
        assert_eq!(calls.load(Ordering::Relaxed), 2);

        let (refresher, calls) = counting(|call| match call {
            0 => Err(RefreshFailed::from_error("unreachable")),
            _ => Ok(AccessToken::new("new")),
        });
        let expired = AccessToken::new("expired");
        assert!(ready(refresher.refreshed(&expired)).is_err());
        assert_eq!(
            ready(refresher.refreshed(&expired))
                .unwrap()
                .expose_secret(),
            "new"
        );
        assert_eq!(
            refresher
                .known_replacement(&expired)
                .unwrap()
                .expose_secret(),
            "new"
        );
        assert_eq!(calls.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn waiters_share_one_refresh_and_take_over_a_runner_gone() {
        let calls = Arc::new(AtomicUsize::new(0));
        let gate = Arc::new(Mutex::new(false));
        let refresher = Refresher::new({
            let calls = Arc::clone(&calls);
            let gate = Arc::clone(&gate);
            move |_: AccessToken| {
                calls.fetch_add(1, Ordering::Relaxed);
                let gate = Arc::clone(&gate);
                // Pending until the gate opens.
                poll_fn(move |_| {
                    if *lock(&gate) {
                        Poll::Ready(Ok::<_, ReloginRequired>(AccessToken::new("new")))
                    } else {
                        Poll::Pending
                    }
                })
            }
        });
        let expired = AccessToken::new("expired");
        let mut first = Box::pin(refresher.refreshed(&expired));
        let mut second = Box::pin(refresher.refreshed(&expired));
        assert!(poll_once(first.as_mut()).is_pending());
        assert!(poll_once(second.as_mut()).is_pending());
        assert_eq!(calls.load(Ordering::Relaxed), 1);
        // The runner goes away: the waiter runs the refresh.
        drop(first);
        assert!(poll_once(second.as_mut()).is_pending());
        assert_eq!(calls.load(Ordering::Relaxed), 2);
        let mut third = Box::pin(refresher.refreshed(&expired));
        assert!(poll_once(third.as_mut()).is_pending());
        *lock(&gate) = true;
        assert!(poll_once(second.as_mut()).is_ready());
        let Poll::Ready(Ok(new)) = poll_once(third.as_mut()) else {
            panic!("the waiter gets the outcome");
        };
        assert_eq!(new.expose_secret(), "new");
        assert_eq!(calls.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn the_memory_is_bounded() {
        let (refresher, _) = counting(|call| Ok(AccessToken::new(call.to_string())));
        for i in 0..REMEMBERED + 10 {
            ready(refresher.refreshed(&AccessToken::new(format!("old {i}")))).unwrap();
        }
        assert_eq!(refresher.remembered(), REMEMBERED);
        // The oldest were forgotten first.
        assert!(
            refresher
                .known_replacement(&AccessToken::new("old 0"))
                .is_none()
        );
        let last = AccessToken::new(format!("old {}", REMEMBERED + 9));
        assert!(refresher.known_replacement(&last).is_some());
        assert_eq!(
            format!("{refresher:?}"),
            "Refresher { remembered: 1024, .. }"
        );
    }
}
