/*
 * fanin.pml: satpage's fan-in protocol for one book version, for Spin (issue 21).
 * Checked by producer/src/test/java/dev/satpage/producer/coordinator/FanInModelCheckIT.java; see
 * docs/ARCHITECTURE.md, "The fan-in invariant", and docs/benchmarks.md for the state counts.
 *
 * What stands for what (read the model and the code side by side; each step below names its code step):
 *   proctype Producer   one SQS consumer slot of a producer app (producer/app/ProducerListeners): it takes an
 *                       order-placed, imagery-completed or imagery-failed message and runs
 *                         OrderIntake.handle        (intake: create-once definition.json, conflict refusal, jobs)
 *                         Coordinator.onCompleted   (resolved marker, list + FanIn.patch, definition-patched.json,
 *                                                    OnceGate.run(render-dispatch.json) around the render-job send)
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
 *                       during handling look alike to the consumers); made where a consumer receives it (R1 below).
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
 * delivers it again (same message id) after the visibility timeout: the token goes back to the queue.
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
 *                BROKEN_INTAKE the intake does not compare bodies (a conflicting order is accepted; must fail).
 */

/* ---- scope ---- */
#define NDEPS      3   /* satellite-page dependencies of the book */
#define NPROD      2   /* producer consumer slots (two coordinators, also running the intake) */
#ifndef NRENDER
#define NRENDER    2   /* render worker consumer slots (one instance, maxConcurrentMessages = 2) */
#endif
#ifndef MAX_DUP
#define MAX_DUP    2   /* extra SQS deliveries of one message */
#endif
#ifndef MAX_DUPS
#define MAX_DUPS   2   /* extra SQS deliveries in the whole run (any messages, one message twice included) */
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

/* Scope reduction (each argued here; none drops a behaviour of the code):
   R1 Duplicates are made when they are received. SQS's extra copy of a message is invisible to everything until a
      consumer receives it, so "Env adds a copy at some time, a consumer takes it later" and "a consumer receives an
      extra copy of a message already sent" have the same traces; the latter has no states with an unreceived extra
      copy waiting (an extra copy never received is a run with fewer duplicates, also checked).
   R2 Render-job messages all carry the same body ({book}/v{n}, one idempotency key) and differ only by message id,
      which only the render worker's gate owner reads, and OnceGate's fixed rule never reads the owner. So the
      render-jobs queue is a count of deliverable copies (slot 0), unless the old same-owner rule is modelled or a
      per-message duplicate bound below the run's bound needs the ids (RJ_IDS).
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
   Each S3 and SQS step of a handler remains its own interleaving point; purely local steps are folded into them. */

#if defined(BROKEN_SAME_OWNER) || MAX_DUP < MAX_DUPS
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
byte vis[NMSG];           /* deliverable copies of each producer-side message */
bool sent[NMSG];
byte rvis[MAX_RJ];        /* render-jobs queue: deliverable copies of render-job message j (R2: slot 0 = all) */
#if MAX_DUP < MAX_DUPS
byte dups[NMSG];          /* R3 */
byte rdups[MAX_RJ];
#define DUP_OK(i)    && dups[i] < MAX_DUP
#define DUP_COUNT(i) dups[i]++;
#define RDUP_OK(j)   && rdups[j] < MAX_DUP
#define RDUP_COUNT(j) rdups[j]++;
#else
#define DUP_OK(i)
#define DUP_COUNT(i)
#define RDUP_OK(j)
#define RDUP_COUNT(j)
#endif

/* ---- bookkeeping (not in the system: what the invariants speak about) ---- */
byte crashes, fails, dupsTotal;
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
#define MIXED (resolved[0] != def || resolved[1] != def || resolved[2] != def)

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

/* A claim (create or takeover) was written by this handler. */
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

inline claimed(g) {
  SET_OWNER(g) gstale[g] = 0; gReaders[g] = 0; gHolder[g] = _pid; HOLDER_GHOST(g);
  gInSec[g]++
}

/* OnceGate.run up to the action: res = 1 perform, 2 already done, 3 RetryLater. On res = 1 the handler may die right
   after its claim (CRASH_IN_GATE). */
inline gate_acquire(g) {
  /* OnceGate.run: store.putIfAbsent(key, CLAIMED by owner) */
  atomic {
    if
    :: gstate[g] == ABSENT -> gstate[g] = CLAIMED; claimed(g); res = 1; CRASH_IN_GATE
    :: else -> res = 0
    fi
  }
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
             FORGET_ETAG(g);
             claimed(g); res = 1; CRASH_IN_GATE
          :: else -> FORGET_ETAG(g); res = 3
          fi
        }
     :: else
     fi
  :: else
  fi
}

/* OnceGate.markDone -> tryMarkDone: read; already DONE -> return; else replaceIfMatch(DONE) (a failed CAS is ignored).
   Leaves the gate section; the handler then acknowledges (ACK). */
inline gate_mark_done(g) {
  atomic { if :: gstate[g] == DONE -> res = 4 :: else -> READ_ETAG(g) fi }
  atomic {
    if :: res != 4 && ETAG_CURRENT(g) -> gstate[g] = DONE; gReaders[g] = 0;
          /* a DONE marker's owner and claim time are read by nobody: forget them (fewer distinct states) */
          SET_OWNER_NONE(g) gstale[g] = 0; gHolder[g] = 0; HOLDER_GHOST(g)
       :: else fi;
    FORGET_ETAG(g);
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

/* ReceiveMessage of message i: a deliverable copy, or (R1) an extra copy of a message already sent. */
#define RECV(i) :: vis[i] > 0 -> vis[i]--; m = i \
                :: sent[i] && dupsTotal < MAX_DUPS DUP_OK(i) -> dupsTotal++; DUP_COUNT(i) m = i

proctype Producer() {
  byte m, res, mask;   /* m: the message id (also the gate owner: ProducerListeners passes message.messageId()) */
  bit mixed;
  ME_LOCAL

end_idle:
  /* ProducerListeners: receive one message (SQS ReceiveMessage; the copy becomes invisible) */
  atomic {
    if
    RECV(M_ORDER_A)
    RECV(M_ORDER_B)
    RECV(M_DONE(0, BODY_A))
    RECV(M_DONE(0, BODY_B))
    RECV(M_DONE(1, BODY_A))
    RECV(M_DONE(1, BODY_B))
    RECV(M_DONE(2, BODY_A))
    RECV(M_DONE(2, BODY_B))
    RECV(M_FAIL(0))
    RECV(M_FAIL(1))
    RECV(M_FAIL(2))
    fi;
    SET_ME(OWNER(m))
    if
    :: m <= M_ORDER_B -> goto intake
    :: m >= M_FAIL(0) -> goto onFailed
    :: else
    fi
  }

  /* ---- Coordinator.onCompleted(completion of dependency DONE_DEP(m) with the imagery of body DONE_BODY(m)) ---- */
  /* Coordinator.onCompleted: definition(...) read + dependency check + HEAD of both objects (one round trip).
     No definition.json -> PermanentFailure(UNKNOWN_BOOK): dead-lettered and acknowledged. (Taken in one step with the
     next: definition.json never changes once written, and a completion exists only after it was written.)
     Coordinator.record: store.putIfAbsent(resolved/{dep}.json) — a duplicate completion changes nothing */
  atomic {
    if :: def == NONE -> ACK :: else fi;
    if :: resolved[DONE_DEP(m)] == NONE -> resolved[DONE_DEP(m)] = DONE_BODY(m) :: else fi;
    CRASH_POINT
  }
  /* Coordinator.record: store.list(resolved/) + get each + FanIn.patch(original, recorded) + isComplete();
     not complete: Result.WAITING, acknowledged */
  atomic { if :: !ALL_RESOLVED -> ACK :: else -> mixed = MIXED fi }
  /* Coordinator.record: store.put(definition-patched.json) — every coordinator here writes identical bytes */
  atomic { patched = 1 + mixed; mixed = 0; CRASH_POINT }
#ifdef BROKEN_GATE
  /* BROKEN: queue.send(render-jobs) without OnceGate */
  atomic {
    assert(ALL_RESOLVED);
    ONCE(G_DISPATCH, renderJobs);
    assert(renderJobs < MAX_RJ);
    rvis[RJ_SLOT(renderJobs)]++; renderJobs++;
    ACK
  }
#else
  /* Coordinator.record: gate.run(render-dispatch.json, owner, send) */
  gate_acquire(G_DISPATCH);
  if
  :: res == 3 -> goto retry          /* RetryLater: left for redelivery */
  :: res == 2 -> ACK                 /* ALREADY_DONE */
  :: else
  fi;
  /* the gate's action: queue.send(RENDER_JOBS, render job {book}/v{n}) */
  atomic {
    assert(ALL_RESOLVED);                        /* never while a dependency is unresolved */
    ONCE(G_DISPATCH, renderJobs);
    assert(renderJobs < MAX_RJ);                 /* model bound */
    rvis[RJ_SLOT(renderJobs)]++; renderJobs++;
    ACTED(G_DISPATCH);
    CRASH_IN_GATE
  }
  /* OnceGate.run: markDone(key, claim), then acknowledged */
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
          :: vis[M_DONE(res, ORDER_BODY(m))]++; sent[M_DONE(res, ORDER_BODY(m))] = 1
          :: fails < MAX_FAIL -> fails++; vis[M_FAIL(res)]++; sent[M_FAIL(res)] = 1
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
  atomic { vis[m]++; ACK }

crashed:
  /* the consumer died: no acknowledgement, SQS redelivers the message after its visibility timeout */
  atomic { vis[m]++; mixed = 0; ACK }

crashed_in_gate:
  /* ... the same, dying inside the render-dispatch gate's section (between its claim and markDone) */
  atomic {
    FORGET_ETAG(G_DISPATCH); gInSec[G_DISPATCH]--; HOLDER_DIED(G_DISPATCH);
    vis[m]++; ACK
  }
}

/* ================= render worker ================= */

#ifdef RJ_IDS
#define RRECV(j) :: rvis[j] > 0 -> rvis[j]--; m = j \
                 :: j < renderJobs && dupsTotal < MAX_DUPS RDUP_OK(j) -> dupsTotal++; RDUP_COUNT(j) m = j
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
#else
    :: rvis[0] > 0 -> rvis[0]--
    :: renderJobs > 0 && dupsTotal < MAX_DUPS -> dupsTotal++
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
  atomic { rvis[RJ_SLOT(m)]++; ACK }

crashed:
  atomic { rvis[RJ_SLOT(m)]++; ACK }   /* (no crash point outside the gate: kept for CRASH_POINT's label) */

crashed_in_gate:
  atomic {
    FORGET_ETAG(G_RENDERED); gInSec[G_RENDERED]--; HOLDER_DIED(G_RENDERED);
    rvis[RJ_SLOT(m)]++; ACK
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
    vis[M_ORDER_A] = 1; sent[M_ORDER_A] = 1;
#if ORDERS > 1
    vis[M_ORDER_B] = 1; sent[M_ORDER_B] = 1;
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
