/*
 * fanin.pml: satpage's fan-in protocol for one book version, for Spin (issue 21).
 * Checked by producer/src/test/java/dev/satpage/producer/coordinator/FanInModelCheckIT.java; see
 * docs/ARCHITECTURE.md, "The fan-in invariant", and docs/benchmarks.md for the state counts.
 *
 * What stands for what (read the model and the code side by side; each step below names its code step):
 *   proctype Producer   one SQS consumer slot of a producer app (producer/app/ProducerListeners): it takes an
 *                       order-placed, imagery-completed or imagery-failed message and runs
 *                         OrderIntake.handle        (intake: create-once definition.json, conflict refusal, jobs)
 *                         Coordinator.onCompleted / record, in four round trips:
 *                           RT1 definition.json GET || HEAD of both objects || pre-LIST of resolved/
 *                           RT2 own resolved marker putIfAbsent || GETs of the markers the pre-LIST showed
 *                           RT3 LIST of resolved/ again (decides completeness) + GETs of markers new in it
 *                           RT4 (complete) PUT definition-patched.json || OnceGate.run's claim putIfAbsent of
 *                               render-dispatch.json, concurrently, either may land first; the render job is
 *                               sent only after both returned; then OnceGate.markDone (CAS with the claim's etag)
 *                         Coordinator.onFailed      (failed marker: the book is blocked with a reason)
 *                       and acknowledges only after the handler returned (MessageHandling.process: ACKNOWLEDGE on
 *                       success or permanent failure, RETRY = message left for redelivery otherwise).
 *   (imagery worker)    SatellitePageJobListener, folded into OrderIntake's send: a published job's outcome,
 *                       imagery-completed with the imagery of the job's body or imagery-failed, is queued with it.
 *   proctype Render     one consumer slot of a render worker instance (render-worker RenderJobListener ->
 *                       RenderService.handle/render, RenderableBook.load, OnceGate.run(rendered.json) around the
 *                       book-rendered send, render-failed.json on a permanent refusal).
 *   (SQS duplicates)    at-least-once delivery: a second copy of a message, with the same message id, also while the
 *                       first is still being handled (SQS's duplicate copies and a visibility timeout that expires
 *                       during handling look alike to the consumers); made where a consumer receives it (R1 below),
 *                       counted (MAX_DUP per message, MAX_DUPS per run) or unbounded (R9).
 *   proctype Env        time: a gate claim going stale (OnceGate's staleAfter passing).
 *   inline gate_*       dev.satpage.model.gate.OnceGate.run / markDone / tryMarkDone on GateMarker objects.
 *
 * Store (S3, strongly consistent for PUT and LIST): create-once = putIfAbsent (If-None-Match: *), compare-and-set =
 * replaceIfMatch (If-Match: etag; every write gives a new etag: a handler's etag is current until the next write). A LIST of resolved/ is
 * taken in one atomic step: markers are create-once and never deleted, so a listing that reads key by key sees a set
 * between the set at its start and the set at its end; "complete" read that way is complete at its end, "incomplete"
 * was incomplete at its start, and marker contents never change, so one atomic snapshot is as general.
 *
 * Crashes: between any two steps a handler may die (budget MAX_CRASH); its message was not acknowledged, so SQS
 * delivers it again (same message id) after the visibility timeout: the token goes back to the queue (with R9's
 * unbounded copies the message simply stays deliverable).
 *
 * Timing assumption (the one the design states: staleAfter = 2 min, far above a claim-to-done section of a few S3
 * calls): a gate claim goes stale only while no live handler is between claiming the gate and marking it DONE.
 *
 * The version: every message carries the book version it is about (SatellitePageJob/ImageryCompleted v2 carry
 * definitionVersion; v1 takes it from definition.json). The model has one book and one version, so the version is the
 * same value on every message and every marker key; two bodies (orders A and B for the same book id) stand for a
 * conflicting redelivery of the order.
 *
 * Finding (issue 21), fixed: OnceGate.run used to take a CLAIMED marker of the same owner (the SQS message id) over
 * at once as "our own earlier attempt", but SQS may hand the same message to a second consumer while the first still
 * handles it. Trail: coordinator 1 claims render-dispatch.json for the last completion M, coordinator 2 receives a
 * second copy of M, reads CLAIMED by M, replaceIfMatch succeeds, and both send a render job; nobody crashed. Now a
 * claim is taken over only when stale, whoever the owner is; -DBROKEN_SAME_OWNER restores the old rule, and
 * FanInModelCheckIT checks that it still yields that trail.
 *
 * Switches (-D): STRICT_ONCE   the documented "one window" form of the once-invariant (see ONCE below);
 *                BROKEN_SAME_OWNER  OnceGate takes a fresh claim of the same owner over at once (the old code; must fail);
 *                BROKEN_GATE   the coordinator sends the render job with a plain send, no OnceGate (must fail);
 *                BROKEN_INTAKE the intake does not compare bodies (a conflicting order is accepted; must fail);
 *                NO_ABSORB, NO_SYMMETRY  explore what R7, R8 leave out (same verdicts, more states: for comparison).
 */

/* ---- scope ---- */
#define NDEPS      3   /* satellite-page dependencies of the book */
#define NPROD      2   /* producer consumer slots (two coordinators, also running the intake) */
#ifndef NRENDER
#define NRENDER    2   /* render worker consumer slots (one instance, maxConcurrentMessages = 2) */
#endif
#ifndef MAX_DUP
#define MAX_DUP    2   /* extra SQS deliveries of one message (its copies beyond the ones sent) */
#endif
#ifndef MAX_DUPS
#define MAX_DUPS   2   /* extra SQS deliveries in the whole run (any messages, one message twice included);
                          NO_RUN_BOUND (99): every message any number of times more (R9; MAX_DUP unused) */
#endif
#define NO_RUN_BOUND 99
#if MAX_DUPS >= NO_RUN_BOUND
#define COPIES         /* R9: every message sent may be delivered any number of times */
#endif
#ifndef MAX_CRASH
#define MAX_CRASH  2   /* handler crashes in the whole run */
#endif
#ifndef MAX_FAIL
#define MAX_FAIL   1   /* permanent imagery failures */
#endif
#ifndef ORDERS
#define ORDERS     2   /* 2: order B, reusing order A's book id with another body, races order A */
#endif
#define MAX_RJ     4   /* render-job messages the model has room for (checked by an assertion) */

/* ---- values ---- */
#define NONE    0
#define BODY_A  1      /* order A's body of the book */
#define BODY_B  2      /* order B: the same book id with another body (conflicting order) */
#define ABSENT  0      /* GateMarker states */
#define CLAIMED 1
#define DONE    2
#define G_DISPATCH 0   /* books/{b}/v{n}/render-dispatch.json */
#define G_RENDERED 1   /* books/{b}/v{n}/rendered.json */

/* message ids (SQS message ids, also the gate owners): orders, completions per (dep, body), failures per dep */
#define M_ORDER_A 0
#define M_ORDER_B 1
#define M_DONE(d, b) (2 + 2 * (d) + (b) - 1)
#define M_FAIL(d) (2 + 2 * NDEPS + (d))
#define NMSG (2 + 3 * NDEPS)
#define M_POKE NMSG    /* COPIES: a completion of some dependency already resolved (R9) */
/* what a producer-side message is about, from its id (the handler keeps only the id: fewer distinct states) */
#define ORDER_BODY(m) ((m) + 1)
#define DONE_DEP(m)   (((m) - 2) / 2)
#define DONE_BODY(m)  (((m) - 2) % 2 + 1)
#define FAIL_DEP(m)   ((m) - M_FAIL(0))
#define RJ_OWNER(j) (NMSG + (j))   /* render-job message j: render worker owner instance/messageId */
/* The gate owner is information only (GateMarker.owner: who holds it); the fixed OnceGate never reads it, so the model
   keeps it only for the old rule that did (fewer distinct states otherwise). */
#ifdef BROKEN_SAME_OWNER
#define OWNER(id) (id)
#else
#define OWNER(id) 0
#endif

/* Scope reduction (each argued here; none loses a violation: R1-R5, R7 and R8 leave out only runs equivalent to
   runs explored, R9 adds runs):
   R1 Duplicates are made when they are received. SQS's extra copy of a message is invisible to everything until a
      consumer receives it, so "Env adds a copy at some time, a consumer takes it later" and "a consumer receives an
      extra copy of a message already sent" have the same traces; the latter has no states with an unreceived extra
      copy waiting (an extra copy never received is a run with fewer duplicates, also checked).
   R2 Render-job messages all carry the same body ({book}/v{n}, one idempotency key) and differ only by message id,
      which only the render worker's gate owner reads, and OnceGate's fixed rule never reads the owner. So the
      render-jobs queue is a count of deliverable copies (slot 0), unless the old same-owner rule is modelled
      (RJ_IDS). The per-message bound becomes a pool: at most MAX_DUP extra copies per render job sent so far
      (rdups <= MAX_DUP * renderJobs); copies being indistinguishable, "job 0 twice more, job 1 twice more" and
      "job 0 four times more" are the same runs.
   R3 Per-message duplicate counters are kept only when the per-message bound MAX_DUP is below the run's MAX_DUPS;
      otherwise the run's bound implies it.
   R4 A crash decision is local: it is taken in the same atomic step as the store write it follows (the handler dies
      right after the write). A crash later, before the handler's next store/queue step, is the same run with the
      crash taken at once and the redelivered copy received later: what the crash changes (the copy becomes
      deliverable again, the handler is idle, its gate section is left so the claim may go stale) only enables
      steps of others, it disables none.
   R5 Handler locals are reset as soon as they are dead (a handler keeps the message id and its gate step only; the
      dependency and body are computed from the id), dead stores are not modelled (failed/{dep}.json and
      render-failed.json are read by nobody the invariants depend on: only `blocked`, which they set, is kept), and
      whether a handler is inside a gate section is given by where it is in the code (crash points say which).
   R6 (not a reduction: the pre-LIST is modelled with its result) RT1's pre-LIST is its own step and its result is
      kept (`pre`) until RT3: the GETs of RT2 read the markers it listed, RT3's LIST decides completeness and its
      GETs read only the markers new in it. A stale pre-LIST (a marker written after it, by another coordinator)
      is thereby explored, not argued away; the invariants show it harmless.
   R7 Absorbed deliveries are not received. A delivery whose handling can change nothing any invariant reads is a
      stutter: a completion or failure once render-dispatch.json is DONE (every marker is then final and
      definition-patched.json already holds the bytes every later coordinator computes, so RT2 and RT4 write what
      is there and the claim reads DONE); an order once definition.json holds it and every dependency is resolved
      (nothing is published), or once another body holds the book id (refused before any write); a render job once
      rendered.json is DONE (RenderService's isDone check acknowledges it); an imagery failure once the book is
      blocked. Such a handler only consumes its copy and crash budget and returns to idle; each state with one is
      a state without it (idle, its copy still queued) with the same store, and "absorbed" never ends, so every
      assertion, end state and cycle reachable with it is reachable without it.
   R8 Dependency symmetry: the model is symmetric under renaming the NDEPS dependencies (the intake publishes them
      in one atomic step with a per-dependency choice, the budgets are global, ALL_RESOLVED, PRE_MIXED and every
      assertion are symmetric), so a run's dependencies can be renamed in the order their first message (a
      completion of either body, or a failure) is received. Only runs with that order are explored (depSeen):
      every run of the unreduced model is such a run after renaming, and it violates an assertion, ends invalidly or
      stalls exactly when the renamed one does. The two coordinator slots are symmetric too but are Spin
      processes (their control state cannot be renamed): not exploited.
   R9 Unbounded copies (COPIES: MAX_DUPS=NO_RUN_BOUND). Every message sent may be delivered any number of times, at
      any time, also while another copy is handled: an over-approximation of "each message at most MAX_DUP times
      more", so a run without a violation here covers every per-message bound. No copy counts are kept (vis, dups,
      rvis): a message is deliverable once sent, and a crash or RetryLater puts nothing back (its copies are still
      deliverable). Completions then need no identity once their dependency is resolved: a copy of a completion of
      a resolved dependency does nothing in RT2 (putIfAbsent finds the marker; with two bodies too) and from RT3 on
      depends on the message in no way, so every such delivery is one M_POKE; a completion is received under its
      own id only while its dependency is unresolved. An order is absorbed (R7) once its body holds the book id and
      every dependency is resolved or has its outcome published (publishing again adds no deliverable copy).
      The over-approximation adds behaviours only; every handler step after the receive is always enabled, so it
      hides no invalid end state. Liveness is checked on the exact counts (a cycle of ever more copies is not a
      stall of the system).
   Each S3 and SQS step of a handler remains its own interleaving point; purely local steps are folded into them. */

#ifdef BROKEN_SAME_OWNER
#define RJ_IDS
#define RJ_SLOT(j) (j)
#else
#define RJ_SLOT(j) 0
#endif

/* ---- S3 ---- */
byte def;                 /* books/{b}/definition.json: NONE or the body written (create-once) */
byte resolved[NDEPS];     /* resolved/{dep}.json: NONE or the body of the imagery it records (create-once) */
byte patched;             /* definition-patched.json: NONE, or 1 + (1 if it mixes bodies) */
byte gstate[2];           /* the two gate objects */
#ifdef BROKEN_SAME_OWNER
byte gowner[2];
#endif
bool gstale[2];
byte gReaders[2];         /* etags: bit _pid set = that handler's last read of the gate is still current */

/* ---- SQS ---- */
bool sent[NMSG];
#ifndef COPIES
byte vis[NMSG];           /* deliverable copies of each producer-side message */
byte rvis[MAX_RJ];        /* render-jobs queue: deliverable copies of render-job message j (R2: slot 0 = all) */
#endif
#if MAX_DUPS < NO_RUN_BOUND
byte dupsTotal;
#define RUN_DUP_OK    && dupsTotal < MAX_DUPS
#define RUN_DUP_COUNT dupsTotal++;
#else
#define RUN_DUP_OK
#define RUN_DUP_COUNT
#endif
#if !defined(COPIES) && MAX_DUP < MAX_DUPS
byte dups[NMSG];          /* R3 */
#define DUP_OK(i)    RUN_DUP_OK && dups[i] < MAX_DUP
#define DUP_COUNT(i) RUN_DUP_COUNT dups[i]++;
#ifdef RJ_IDS
byte rdups[MAX_RJ];
#define RDUP_OK(j)   RUN_DUP_OK && rdups[j] < MAX_DUP
#define RDUP_COUNT(j) RUN_DUP_COUNT rdups[j]++;
#else
byte rdups;               /* R2: extra render-job copies, at most MAX_DUP per render job sent */
#define RDUP_OK(j)   RUN_DUP_OK && rdups < MAX_DUP * renderJobs
#define RDUP_COUNT(j) RUN_DUP_COUNT rdups++;
#endif
#else
#define DUP_OK(i)    RUN_DUP_OK
#define DUP_COUNT(i) RUN_DUP_COUNT
#define RDUP_OK(j)   RUN_DUP_OK
#define RDUP_COUNT(j) RUN_DUP_COUNT
#endif

/* ---- bookkeeping (not in the system: what the invariants speak about) ---- */
byte crashes, fails;
byte depSeen;             /* R8: dependencies a message was received about, received in the order 0, 1, 2 */
byte renderJobs;          /* render jobs sent */
byte bookRendered;        /* book-rendered events sent */
byte gInSec[2];           /* live handlers between claiming a gate and finishing markDone */
byte gHolder[2];          /* _pid of the handler whose claim the gate holds */
#ifdef STRICT_ONCE
bool gActed[2];           /* that holder has performed the action */
bool gHolderDead[2];      /* that holder crashed */
bool gWindow[2];          /* a claim whose holder acted and died was taken over: the documented resend window */
#else
byte gTakeovers[2];       /* claims taken over (replaceIfMatch of a CLAIMED gate) */
#endif
bool blocked;             /* some failed marker or render-failed.json exists */

#define ALL_RESOLVED (resolved[0] != NONE && resolved[1] != NONE && resolved[2] != NONE)
/* some marker listed (new = 0) or not listed (new = 1) by the pre-LIST `p` holds another body */
#define PRE_MIXED(p, new) ((((p) & 1) != (new) && resolved[0] != def) || (((p) & 2) / 2 != (new) && resolved[1] != def) \
                           || (((p) & 4) / 4 != (new) && resolved[2] != def))

/* The once-invariant at a gate's action, `sent` = how often it was performed before.
   Default: every performance after the first follows a takeover of the gate's (stale) claim. STRICT_ONCE, the
   argument in docs/ARCHITECTURE.md: the only second performance is after a takeover of a claim whose holder performed
   the action and then died (the "resend window"). */
#ifdef STRICT_ONCE
#define ONCE(g, sent) assert(sent == 0 || gWindow[g])
#else
#define ONCE(g, sent) assert(sent <= gTakeovers[g])
#endif

/* A handler may die here (R4: inside the atomic step of the write it follows); `crashed` / `crashed_in_gate` put its
   message back and reset the handler. Crash points follow each write (a crash right after a read is the same as one
   before it: the read's result is lost with the handler). */
#define CRASH_POINT   if :: crashes < MAX_CRASH -> crashes++; goto crashed :: skip fi
#define CRASH_IN_GATE if :: crashes < MAX_CRASH -> crashes++; goto crashed_in_gate :: skip fi

/* ================= OnceGate ================= */

#define READ_ETAG(g)    gReaders[g] = gReaders[g] | (1 << _pid)
#define ETAG_CURRENT(g) (gReaders[g] & (1 << _pid))
#define FORGET_ETAG(g)  gReaders[g] = gReaders[g] & ~(1 << _pid)

#ifdef BROKEN_SAME_OWNER
#define SET_OWNER(g) gowner[g] = me;
#define SET_OWNER_NONE(g) gowner[g] = 0;
#define ME_LOCAL byte me;          /* the handler's gate owner (old rule only) */
#define SET_ME(id) me = (id);
#else
#define SET_OWNER(g)
#define SET_OWNER_NONE(g)
#define ME_LOCAL
#define SET_ME(id)
#endif
#ifdef STRICT_ONCE
#define HOLDER_GHOST(g) gActed[g] = 0; gHolderDead[g] = 0
#else
#define HOLDER_GHOST(g) skip
#endif
/* The handler is done with its message: acknowledged (or dead-lettered), locals reset, back to receiving. Both
   handler kinds keep their message id in `m` and their gate step in `res`. */
#define ACK m = 0; res = 0; SET_ME(0) goto end_idle

/* A claim (create or takeover) was written by this handler; its response's etag is current until the next write. */
inline claimed(g) {
  SET_OWNER(g) gstale[g] = 0; gReaders[g] = 0; READ_ETAG(g); gHolder[g] = _pid; HOLDER_GHOST(g);
  gInSec[g]++
}

/* OnceGate.run: store.putIfAbsent(key, CLAIMED by owner). res = 1: claimed (the handler may die right after it,
   CRASH_IN_GATE); res = 0: the key exists, gate_settle decides. */
inline gate_claim(g) {
  atomic {
    if
    :: gstate[g] == ABSENT -> gstate[g] = CLAIMED; claimed(g); res = 1; CRASH_IN_GATE
    :: else -> res = 0
    fi
  }
}

/* OnceGate.run after a failed claim: res = 1 perform, 2 already done, 3 RetryLater. */
inline gate_settle(g) {
  if
  :: res == 0 ->
     /* OnceGate.run: read(key); DONE -> ALREADY_DONE; CLAIMED, not stale -> RetryLater (whoever the owner is) */
     atomic {
       if
       :: gstate[g] == DONE -> res = 2
#ifdef BROKEN_SAME_OWNER
       :: gstate[g] == CLAIMED && !gstale[g] && gowner[g] != me -> res = 3
       :: else -> READ_ETAG(g)   /* stale, or "our own earlier attempt" (same owner): the old rule */
#else
       :: gstate[g] == CLAIMED && !gstale[g] -> res = 3
       :: else -> READ_ETAG(g)   /* stale */
#endif
       fi
     }
     if
     :: res == 0 ->
        /* OnceGate.run: store.replaceIfMatch(key, claim, current.etag()) — take the claim over */
        atomic {
          if
          :: ETAG_CURRENT(g) ->
#ifdef STRICT_ONCE
             if :: gActed[g] && gHolderDead[g] -> gWindow[g] = 1 :: else fi;
#else
             gTakeovers[g]++;
#endif
             claimed(g); res = 1; CRASH_IN_GATE
          :: else -> FORGET_ETAG(g); res = 3
          fi
        }
     :: else
     fi
  :: else
  fi
}

/* OnceGate.run up to the action (claim, then settle). */
inline gate_acquire(g) {
  gate_claim(g);
  gate_settle(g)
}

/* OnceGate.markDone: replaceIfMatch(DONE) with the etag of the handler's own claim, then acknowledged (ACK).
   The assertion says this CAS never fails: under the timing assumption nobody writes the gate between a live
   holder's claim and its markDone (the claim cannot go stale, every other claim attempt fails, and only a holder
   marks DONE), so the code's other form, read + already-DONE check + replaceIfMatch with the read etag, has the
   same one effect at the same point (its read changes nothing: a crash after it is a crash before it). */
inline gate_mark_done(g) {
  atomic {
#ifdef BROKEN_SAME_OWNER
    /* the old rule lets a second holder take a live claim over: this CAS may fail (ignored, as tryMarkDone did) */
    if :: ETAG_CURRENT(g) ->
#else
    assert(gstate[g] == CLAIMED && ETAG_CURRENT(g));
#endif
    gstate[g] = DONE; gReaders[g] = 0;
    /* a DONE marker's owner and claim time are read by nobody: forget them (fewer distinct states) */
    SET_OWNER_NONE(g) gstale[g] = 0; gHolder[g] = 0; HOLDER_GHOST(g);
#ifdef BROKEN_SAME_OWNER
    :: else -> FORGET_ETAG(g)
    fi;
#endif
    gInSec[g]--;
    ACK
  }
}

/* The gate's action was performed by this handler (after a successful claim). */
#ifdef STRICT_ONCE
#define ACTED(g) if :: gHolder[g] == _pid -> gActed[g] = 1 :: else fi
#define HOLDER_DIED(g) if :: gHolder[g] == _pid -> gHolderDead[g] = 1 :: else fi
#else
#define ACTED(g) skip
#define HOLDER_DIED(g) skip
#endif

/* ================= producer ================= */

/* R7: deliveries that are absorbed (-DNO_ABSORB explores them, for comparison) */
#ifdef NO_ABSORB
#define ABSORBED(cond) 0
#else
#define ABSORBED(cond) (cond)
#endif
#ifdef COPIES
/* dependency d needs nothing from another intake of body b: resolved, or its outcomes already published */
#define PUBLISHED(d, b) (resolved[d] != NONE || (sent[M_DONE(d, b)] && (sent[M_FAIL(d)] || fails >= MAX_FAIL)))
#define ORDER_DONE(i) (PUBLISHED(0, ORDER_BODY(i)) && PUBLISHED(1, ORDER_BODY(i)) && PUBLISHED(2, ORDER_BODY(i)))
#else
#define ORDER_DONE(i) ALL_RESOLVED
#endif
#ifdef BROKEN_INTAKE
#define ORDER_ABSORBED(i) ABSORBED(def != NONE && ORDER_DONE(i))
#else
#define ORDER_ABSORBED(i) ABSORBED(def != NONE && (def != ORDER_BODY(i) || ORDER_DONE(i)))
#endif
#define DONE_ABSORBED   ABSORBED(gstate[G_DISPATCH] == DONE)
#define FAIL_ABSORBED   ABSORBED(blocked)
/* R8: a message about dependency d is received only after one about each dependency below d (-DNO_SYMMETRY
   explores every order, for comparison) */
#ifdef NO_SYMMETRY
#define SYM_OK(d) 1
#define SEEN(d) skip
#else
#define SYM_OK(d) ((d) <= depSeen)
#define SEEN(d) if :: (d) == depSeen -> depSeen++ :: else fi
#endif

#ifdef COPIES
/* ReceiveMessage (R9): any message sent; completions of resolved dependencies as M_POKE */
#define RECV(i) :: sent[i] && !ORDER_ABSORBED(i) -> m = i
#define RECV_DEP(i, d, absorbed) \
                :: sent[i] && !(absorbed) && SYM_OK(d) && ((i) >= M_FAIL(0) || resolved[d] == NONE) \
                   -> m = i; SEEN(d)
#define RECV_POKE :: (resolved[0] != NONE || resolved[1] != NONE || resolved[2] != NONE) && !DONE_ABSORBED -> m = M_POKE
#define QUEUE(i)  skip
#define RQUEUE(j) skip
#else
/* ReceiveMessage of message i: a deliverable copy, or (R1) an extra copy of a message already sent. */
#define RECV(i) :: vis[i] > 0 && !ORDER_ABSORBED(i) -> vis[i]--; m = i \
                :: sent[i] && !ORDER_ABSORBED(i) DUP_OK(i) -> DUP_COUNT(i) m = i
#define RECV_DEP(i, d, absorbed) \
                :: vis[i] > 0 && !(absorbed) && SYM_OK(d) -> vis[i]--; m = i; SEEN(d) \
                :: sent[i] && !(absorbed) && SYM_OK(d) DUP_OK(i) -> DUP_COUNT(i) m = i; SEEN(d)
#define RECV_POKE
#define QUEUE(i)  vis[i]++
#define RQUEUE(j) rvis[j]++
#endif

proctype Producer() {
  byte m, res, mask;   /* m: the message id (also the gate owner: ProducerListeners passes message.messageId()) */
  bit mixed;
  byte pre;            /* the pre-LIST: bit d set = resolved/{d}.json was listed in RT1 */
  ME_LOCAL

end_idle:
  /* ProducerListeners: receive one message (SQS ReceiveMessage; the copy becomes invisible) */
  atomic {
    if
    RECV(M_ORDER_A)
    RECV(M_ORDER_B)
    RECV_DEP(M_DONE(0, BODY_A), 0, DONE_ABSORBED)
    RECV_DEP(M_DONE(0, BODY_B), 0, DONE_ABSORBED)
    RECV_DEP(M_DONE(1, BODY_A), 1, DONE_ABSORBED)
    RECV_DEP(M_DONE(1, BODY_B), 1, DONE_ABSORBED)
    RECV_DEP(M_DONE(2, BODY_A), 2, DONE_ABSORBED)
    RECV_DEP(M_DONE(2, BODY_B), 2, DONE_ABSORBED)
    RECV_DEP(M_FAIL(0), 0, FAIL_ABSORBED)
    RECV_DEP(M_FAIL(1), 1, FAIL_ABSORBED)
    RECV_DEP(M_FAIL(2), 2, FAIL_ABSORBED)
    RECV_POKE
    fi;
    SET_ME(OWNER(m))
    if
    :: m <= M_ORDER_B -> goto intake
    :: m >= M_FAIL(0) -> goto onFailed
    :: else
    fi
  }

  /* ---- Coordinator.onCompleted(completion of dependency DONE_DEP(m) with the imagery of body DONE_BODY(m)) ---- */
  /* RT1 Coordinator.onCompleted: definition(...) GET || HEAD of both objects || store.list(resolved/) (the pre-LIST:
     its result is kept in `pre`). No definition.json -> PermanentFailure(UNKNOWN_BOOK): dead-lettered, acknowledged. */
  atomic {
    if :: def == NONE -> ACK :: else fi;
    pre = (resolved[0] != NONE) + 2 * (resolved[1] != NONE) + 4 * (resolved[2] != NONE)
  }
  /* RT2 Coordinator.record: store.putIfAbsent(resolved/{dep}.json) — a duplicate completion changes nothing —
     || GETs of the markers the pre-LIST showed (their content is final: create-once; the GETs and the PUT run
     concurrently, and reading a create-once object earlier or later in the round trip gives the same bytes) */
  atomic {
    mixed = PRE_MIXED(pre, 0);
    if :: m != M_POKE && resolved[DONE_DEP(m)] == NONE -> resolved[DONE_DEP(m)] = DONE_BODY(m) :: else fi;
    CRASH_POINT
  }
  /* RT3 Coordinator.record: store.list(resolved/) after the own marker's PUT returned — this listing alone decides
     completeness — || GETs of the markers new in it; FanIn.patch(original, recorded) + isComplete();
     not complete: Result.WAITING, acknowledged */
  atomic {
    if :: !ALL_RESOLVED -> mixed = 0; pre = 0; ACK :: else fi;
    mixed = mixed | PRE_MIXED(pre, 1); pre = 0
  }
#ifdef BROKEN_GATE
  /* RT4 Coordinator.record: store.put(definition-patched.json) — every coordinator here writes identical bytes */
  atomic { patched = 1 + mixed; mixed = 0; CRASH_POINT }
  /* BROKEN: queue.send(render-jobs) without OnceGate */
  atomic {
    assert(ALL_RESOLVED);
    ONCE(G_DISPATCH, renderJobs);
    assert(renderJobs < MAX_RJ);
    RQUEUE(RJ_SLOT(renderJobs)); renderJobs++;
    ACK
  }
#else
  /* RT4 Coordinator.record: store.put(definition-patched.json) || gate.run(render-dispatch.json, owner, send)'s
     claim (store.putIfAbsent), sent together: either lands first, and the handler may die between them. */
  if
  :: atomic { patched = 1 + mixed; mixed = 0; CRASH_POINT };   /* store.put(definition-patched.json) first */
     gate_claim(G_DISPATCH)                          /* then the claim */
  :: gate_claim(G_DISPATCH);                         /* the claim first */
     atomic {                                        /* then store.put(definition-patched.json) */
       patched = 1 + mixed; mixed = 0;
       if :: res == 1 -> CRASH_IN_GATE :: else -> CRASH_POINT fi
     }
  fi;
  /* both returned: the claim's answer decides (OnceGate.run: read, takeover of a stale claim) */
  gate_settle(G_DISPATCH);
  if
  :: res == 3 -> goto retry          /* RetryLater: left for redelivery */
  :: res == 2 -> ACK                 /* ALREADY_DONE */
  :: else
  fi;
  /* the gate's action, after both RT4 requests returned: queue.send(RENDER_JOBS, render job {book}/v{n}) */
  atomic {
    assert(patched != NONE && ALL_RESOLVED);     /* never while a dependency is unresolved */
    ONCE(G_DISPATCH, renderJobs);
    assert(renderJobs < MAX_RJ);                 /* model bound */
    RQUEUE(RJ_SLOT(renderJobs)); renderJobs++;
    ACTED(G_DISPATCH);
    CRASH_IN_GATE
  }
  /* OnceGate.markDone(key, claim), then acknowledged */
  gate_mark_done(G_DISPATCH);
#endif

intake:
  /* ---- OrderIntake.handle(order with body ORDER_BODY(m)) ---- */
  /* OrderIntake.handle: stored(bookId) + requireSameBody — a conflicting order is refused before anything is written
     (PermanentFailure ORDER_CONFLICT: dead-lettered, acknowledged) */
#ifndef BROKEN_INTAKE
  atomic { if :: def != NONE && def != ORDER_BODY(m) -> ACK :: else fi }
#endif
  /* OrderIntake.handle: store.putIfAbsent(definition.json); lost the race -> stored(...) + requireSameBody */
  atomic {
    if
    :: def == NONE -> def = ORDER_BODY(m)
#ifndef BROKEN_INTAKE
    :: def != NONE && def != ORDER_BODY(m) -> ACK
#endif
    :: else
    fi;
    CRASH_POINT
  }
  /* OrderIntake.handle: store.exists(resolved marker) per dependency; only unresolved ones are published again.
     (The pending-index write before it touches nothing the invariants read.) */
  atomic { mask = (resolved[0] == NONE) + 2 * (resolved[1] == NONE) + 4 * (resolved[2] == NONE) }
  /* OrderIntake.handle: queue.sendAll(satellite-page-jobs, jobs) — jobs carry this order's body.
     The imagery worker (SatellitePageJobListener) is folded into the publication: each job's outcome — imagery-completed
     with that body's imagery, or imagery-failed (permanent, or retries exhausted) — is queued at once. Nothing else
     reads the job, and the coordinators receive queued messages in any order at any later time, which covers every
     moment the worker could have finished it. */
  atomic {
    res = 0;   /* the dependency index, a loop counter here */
    do
    :: res < NDEPS ->
       if
       :: mask & (1 << res) ->
          if
          :: QUEUE(M_DONE(res, ORDER_BODY(m))); sent[M_DONE(res, ORDER_BODY(m))] = 1
          :: fails < MAX_FAIL -> fails++; QUEUE(M_FAIL(res)); sent[M_FAIL(res)] = 1
          fi
       :: else
       fi;
       res++
    :: else -> break
    od;
    mask = 0;
    ACK
  }

onFailed:
  /* ---- Coordinator.onFailed ---- */
  /* Coordinator.onFailed: definition(...) (UNKNOWN_BOOK if absent) then store.putIfAbsent(failed/{dep}.json); the
     book is blocked with a reason (R5: the marker itself is read by nothing the invariants depend on) */
  atomic { if :: def != NONE -> blocked = 1 :: else fi; ACK }

retry:
  /* MessageHandling.retryLater: not acknowledged; SQS delivers the same message again after the backoff */
  atomic { QUEUE(m); ACK }

crashed:
  /* the consumer died: no acknowledgement, SQS redelivers the message after its visibility timeout */
  atomic { QUEUE(m); mixed = 0; pre = 0; ACK }

crashed_in_gate:
  /* ... the same, dying inside the render-dispatch gate's section (between its claim and markDone) */
  atomic {
    FORGET_ETAG(G_DISPATCH); gInSec[G_DISPATCH]--; HOLDER_DIED(G_DISPATCH);
    QUEUE(m); mixed = 0; ACK
  }
}

/* ================= render worker ================= */

#define RENDER_ABSORBED ABSORBED(gstate[G_RENDERED] == DONE)   /* R7 */
#if defined(RJ_IDS) && defined(COPIES)
#define RRECV(j) :: j < renderJobs && !RENDER_ABSORBED -> m = j
#elif defined(RJ_IDS)
#define RRECV(j) :: rvis[j] > 0 && !RENDER_ABSORBED -> rvis[j]--; m = j \
                 :: j < renderJobs && !RENDER_ABSORBED RDUP_OK(j) -> RDUP_COUNT(j) m = j
#else
#define RRECV(j)
#endif

proctype Render() {
  byte m, res;   /* m: the render-job message (RJ_IDS only; R2) */
  ME_LOCAL

end_idle:
  /* RenderJobListener: receive one render job */
  atomic {
    if
#ifdef RJ_IDS
    RRECV(0)
    RRECV(1)
    RRECV(2)
    RRECV(3)
#elif defined(COPIES)
    :: renderJobs > 0 && !RENDER_ABSORBED   /* R9: any render job sent, again and again */
#else
    :: rvis[0] > 0 && !RENDER_ABSORBED -> rvis[0]--
    :: renderJobs > 0 && !RENDER_ABSORBED RDUP_OK(0) -> RDUP_COUNT(0) skip
#endif
    fi;
    SET_ME(OWNER(RJ_OWNER(m)))   /* owner: instanceId + "/" + messageId (one instance) */
    /* RenderService.render: RenderableBook.load — definition-patched.json must exist and be complete; else
       PermanentFailure: RenderService.handle leaves render-failed.json (next step) and the job is dead-lettered.
       RenderService.render: gate.isDone(rendered.json) -> DUPLICATE. (Both reads taken with the receive: a later
       read could only see DONE, which the gate's own read below handles the same way.) */
    if :: patched == NONE -> goto refuse :: else fi;
    if :: gstate[G_RENDERED] == DONE -> ACK :: else fi
  }
  /* RenderService.render: writePages / PrintDelivery.deliver — create-once outputs, then
     gate.run(rendered.json, owner, send book-rendered) */
  gate_acquire(G_RENDERED);
  if
  :: res == 3 -> goto retry
  :: res == 2 -> ACK
  :: else
  fi;
  /* the gate's action: queue.send(BOOK_RENDERED) */
  atomic {
    assert(patched == 1 && ALL_RESOLVED);       /* never rendered unresolved, never two orders' bodies */
    ONCE(G_RENDERED, bookRendered);
    bookRendered++;
    ACTED(G_RENDERED);
    CRASH_IN_GATE
  }
  /* OnceGate.run: markDone(key, claim); then (store.delete(pending index), nothing the invariants read) acknowledged */
  gate_mark_done(G_RENDERED);

refuse:
  /* RenderService.handle: store.putIfAbsent(render-failed.json); MessageHandling dead-letters, acknowledges */
  atomic { blocked = 1; ACK }

retry:
  atomic { RQUEUE(RJ_SLOT(m)); ACK }

crashed:
  atomic { RQUEUE(RJ_SLOT(m)); ACK }   /* (no crash point outside the gate: kept for CRASH_POINT's label) */

crashed_in_gate:
  atomic {
    FORGET_ETAG(G_RENDERED); gInSec[G_RENDERED]--; HOLDER_DIED(G_RENDERED);
    RQUEUE(RJ_SLOT(m)); ACK
  }
}

/* ================= SQS redelivery timing and time ================= */

/* SQS standard queues deliver at least once: a copy of a message already sent may be delivered again (R1: made in
   the receive above).
   https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues-at-least-once-delivery.html
   and a message whose visibility timeout expires while a consumer still handles it is delivered again:
   https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html */
proctype Env() {
end_idle:
  do
  /* OnceGate: claimedAt + staleAfter passes (only while nobody is inside the claim-to-done section) */
  :: atomic { gstate[G_DISPATCH] == CLAIMED && !gstale[G_DISPATCH] && gInSec[G_DISPATCH] == 0 -> gstale[G_DISPATCH] = 1 }
  :: atomic { gstate[G_RENDERED] == CLAIMED && !gstale[G_RENDERED] && gInSec[G_RENDERED] == 0 -> gstale[G_RENDERED] = 1 }
  od
}

init {
  atomic {
    /* the web shop sent order A, and order B reusing the book id with another body */
    QUEUE(M_ORDER_A); sent[M_ORDER_A] = 1;
#if ORDERS > 1
    QUEUE(M_ORDER_B); sent[M_ORDER_B] = 1;
#endif
    byte i = 0;
    do :: i < NPROD -> run Producer(); i++ :: else -> break od;
    i = 0;
    do :: i < NRENDER -> run Render(); i++ :: else -> break od;
    run Env()
  }
}

/* Liveness (checked with -a and weak fairness): every accepted book is eventually rendered or blocked with a reason. */
ltl eventually_rendered_or_blocked { <> (bookRendered > 0 || blocked) }
