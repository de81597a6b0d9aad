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
 *   proctype Env        SQS and time: at-least-once duplicates (a second copy of a message, with the same message
 *                       id, also while the first is still being handled: SQS's duplicate copies and a visibility
 *                       timeout that expires during handling look alike to the consumers), and a gate claim going
 *                       stale (OnceGate's staleAfter passing).
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
#define RJ_OWNER(j) (NMSG + (j))   /* render-job message j: render worker owner instance/messageId */
/* The gate owner is information only (GateMarker.owner: who holds it); the fixed OnceGate never reads it, so the model
   keeps it only for the old rule that did (fewer distinct states otherwise). */
#ifdef BROKEN_SAME_OWNER
#define OWNER(id) (id)
#else
#define OWNER(id) 0
#endif

/* ---- S3 ---- */
byte def;                 /* books/{b}/definition.json: NONE or the body written (create-once) */
byte resolved[NDEPS];     /* resolved/{dep}.json: NONE or the body of the imagery it records (create-once) */
bool failed[NDEPS];       /* failed/{dep}.json (create-once) */
byte patched;             /* definition-patched.json: NONE, or 1 + (1 if it mixes bodies) */
bool renderFailed;        /* render-failed.json (create-once) */
byte gstate[2];           /* the two gate objects */
byte gowner[2];
bool gstale[2];
byte gReaders[2];         /* etags: bit _pid set = that handler's last read of the gate is still current */

/* ---- SQS ---- */
byte vis[NMSG];           /* deliverable copies of each producer-side message */
bool sent[NMSG];
byte dups[NMSG];
byte rvis[MAX_RJ];        /* render-jobs queue: deliverable copies of render-job message j */
byte rdups[MAX_RJ];

/* ---- bookkeeping (not in the system: what the invariants speak about) ---- */
byte crashes, fails, dupsTotal;
byte renderJobs;          /* render jobs sent */
byte bookRendered;        /* book-rendered events sent */
byte gInSec[2];           /* live handlers between claiming a gate and finishing markDone */
byte gHolder[2];          /* _pid of the handler whose claim the gate holds */
bool gActed[2];           /* that holder has performed the action */
bool gHolderDead[2];      /* that holder crashed */
bool gWindow[2];          /* a claim whose holder acted and died was taken over: the documented resend window */
byte gTakeovers[2];       /* claims taken over (replaceIfMatch of a CLAIMED gate) */
bool blocked;             /* some failed marker or render-failed.json exists */

#define ALL_RESOLVED (resolved[0] != NONE && resolved[1] != NONE && resolved[2] != NONE)
#define MIXED (resolved[0] != def || resolved[1] != def || resolved[2] != def)

/* The once-invariant at a gate's action, `sent` = how often it was performed before.
   Default: every performance after the first follows a takeover of the gate's (stale) claim. STRICT_ONCE, the argument in docs/ARCHITECTURE.md: the only second performance is after a takeover of a
   claim whose holder performed the action and then died (the "resend window"). */
#ifdef STRICT_ONCE
#define ONCE(g, sent) assert(sent == 0 || gWindow[g])
#else
#define ONCE(g, sent) assert(sent <= gTakeovers[g])
#endif

/* A handler may die here; `crashed` puts its message back and resets the handler. Crash points follow each write
   (a crash right after a read is the same as one before it: the read's result is lost with the handler). */
#define CRASH_POINT if :: crashes < MAX_CRASH -> crashes++; goto crashed :: skip fi

/* ================= OnceGate ================= */

#define READ_ETAG(g)    gReaders[g] = gReaders[g] | (1 << _pid)
#define ETAG_CURRENT(g) (gReaders[g] & (1 << _pid))
#define FORGET_ETAG(g)  gReaders[g] = gReaders[g] & ~(1 << _pid)

/* A claim (create or takeover) was written by this handler. */
inline claimed(g) {
  gowner[g] = me; gstale[g] = 0; gReaders[g] = 0; gHolder[g] = _pid; gActed[g] = 0; gHolderDead[g] = 0;
  gInSec[g]++; insec = 1
}

/* OnceGate.run up to the action: res = 1 perform, 2 already done, 3 RetryLater. */
inline gate_acquire(g) {
  /* OnceGate.run: store.putIfAbsent(key, CLAIMED by owner) */
  atomic {
    if
    :: gstate[g] == ABSENT -> gstate[g] = CLAIMED; claimed(g); res = 1
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
             if :: gActed[g] && gHolderDead[g] -> gWindow[g] = 1 :: else fi;
             gTakeovers[g]++;
             claimed(g); res = 1
          :: else -> res = 3
          fi;
          FORGET_ETAG(g)
        }
     :: else
     fi
  :: else
  fi
}

/* OnceGate.markDone -> tryMarkDone: read; already DONE -> return; else replaceIfMatch(DONE) (a failed CAS is ignored). */
inline gate_mark_done(g) {
  CRASH_POINT;
  atomic { if :: gstate[g] == DONE -> res = 4 :: else -> READ_ETAG(g) fi }
  atomic {
    if :: res != 4 && ETAG_CURRENT(g) -> gstate[g] = DONE; gReaders[g] = 0;
          /* a DONE marker's owner and claim time are read by nobody: forget them (fewer distinct states) */
          gowner[g] = 0; gstale[g] = 0; gHolder[g] = 0; gActed[g] = 0; gHolderDead[g] = 0
       :: else fi;
    FORGET_ETAG(g);
    gInSec[g]--; insec = 0
  }
}

/* The gate's action was performed by this handler (after a successful claim). */
inline acted(g) {
  if :: gHolder[g] == _pid -> gActed[g] = 1 :: else fi
}

/* On a crash: the ghost state of any gate section this handler was in. */
inline crash_ghost(g) {
  FORGET_ETAG(g);
  if :: insec -> gInSec[g]--; insec = 0 :: else fi;
  if :: gHolder[g] == _pid -> gHolderDead[g] = 1 :: else fi
}

/* ================= producer ================= */

proctype Producer() {
  byte m, d, b, res, me, mask;
  bool insec, complete, mixed;

end_idle:
  /* ProducerListeners: receive one message (SQS ReceiveMessage; the copy becomes invisible) */
  atomic {
    if
    :: vis[M_ORDER_A] > 0 -> m = M_ORDER_A
    :: vis[M_ORDER_B] > 0 -> m = M_ORDER_B
    :: vis[M_DONE(0, BODY_A)] > 0 -> m = M_DONE(0, BODY_A)
    :: vis[M_DONE(0, BODY_B)] > 0 -> m = M_DONE(0, BODY_B)
    :: vis[M_DONE(1, BODY_A)] > 0 -> m = M_DONE(1, BODY_A)
    :: vis[M_DONE(1, BODY_B)] > 0 -> m = M_DONE(1, BODY_B)
    :: vis[M_DONE(2, BODY_A)] > 0 -> m = M_DONE(2, BODY_A)
    :: vis[M_DONE(2, BODY_B)] > 0 -> m = M_DONE(2, BODY_B)
    :: vis[M_FAIL(0)] > 0 -> m = M_FAIL(0)
    :: vis[M_FAIL(1)] > 0 -> m = M_FAIL(1)
    :: vis[M_FAIL(2)] > 0 -> m = M_FAIL(2)
    fi;
    vis[m]--; me = OWNER(m);   /* the gate owner is the SQS message id (ProducerListeners: message.messageId()) */
    if
    :: m <= M_ORDER_B -> b = m + 1; goto intake
    :: m >= M_FAIL(0) -> d = m - M_FAIL(0); goto onFailed
    :: else -> d = (m - 2) / 2; b = (m - 2) % 2 + 1
    fi
  }

  /* ---- Coordinator.onCompleted(completion of dependency d with the imagery of body b) ---- */
  /* Coordinator.onCompleted: definition(...) read + dependency check + HEAD of both objects (one round trip).
     No definition.json -> PermanentFailure(UNKNOWN_BOOK): dead-lettered and acknowledged. (Taken in one step with the
     next: definition.json never changes once written, and a completion exists only after it was written.)
     Coordinator.record: store.putIfAbsent(resolved/{dep}.json) — a duplicate completion changes nothing */
  atomic {
    if :: def == NONE -> goto ack :: else fi;
    if :: resolved[d] == NONE -> resolved[d] = b :: else fi
  }
  CRASH_POINT;
  /* Coordinator.record: store.list(resolved/) + get each + FanIn.patch(original, recorded) + isComplete() */
  atomic { complete = ALL_RESOLVED; mixed = MIXED }
  /* not complete: Result.WAITING, acknowledged */
  if :: !complete -> goto ack :: else fi;
  /* Coordinator.record: store.put(definition-patched.json) — every coordinator here writes identical bytes */
  patched = 1 + mixed;
  CRASH_POINT;
#ifdef BROKEN_GATE
  /* BROKEN: queue.send(render-jobs) without OnceGate */
  res = 1;
#else
  /* Coordinator.record: gate.run(render-dispatch.json, owner, send) */
  gate_acquire(G_DISPATCH);
  if
  :: res == 3 -> goto retry          /* RetryLater: left for redelivery */
  :: res == 2 -> goto ack            /* ALREADY_DONE */
  :: else
  fi;
  CRASH_POINT;
#endif
  /* the gate's action: queue.send(RENDER_JOBS, render job {book}/v{n}) */
  atomic {
    assert(ALL_RESOLVED);                        /* never while a dependency is unresolved */
    ONCE(G_DISPATCH, renderJobs);
    assert(renderJobs < MAX_RJ);                 /* model bound */
    rvis[renderJobs] = 1; renderJobs++;
#ifndef BROKEN_GATE
    acted(G_DISPATCH)
#endif
  }
#ifndef BROKEN_GATE
  /* OnceGate.run: markDone(key, claim) */
  gate_mark_done(G_DISPATCH);
#endif
  goto ack;

intake:
  /* ---- OrderIntake.handle(order with body b) ---- */
  /* OrderIntake.handle: stored(bookId) + requireSameBody — a conflicting order is refused before anything is written
     (PermanentFailure ORDER_CONFLICT: dead-lettered, acknowledged) */
#ifndef BROKEN_INTAKE
  if :: def != NONE && def != b -> goto ack :: else fi;
#endif
  /* OrderIntake.handle: store.putIfAbsent(definition.json); lost the race -> stored(...) + requireSameBody */
  atomic {
    if
    :: def == NONE -> def = b
#ifndef BROKEN_INTAKE
    :: def != NONE && def != b -> goto ack
#endif
    :: else
    fi
  }
  CRASH_POINT;
  /* OrderIntake.handle: store.exists(resolved marker) per dependency; only unresolved ones are published again.
     (The pending-index write before it touches nothing the invariants read.) */
  atomic { mask = (resolved[0] == NONE) + 2 * (resolved[1] == NONE) + 4 * (resolved[2] == NONE) }
  /* OrderIntake.handle: queue.sendAll(satellite-page-jobs, jobs) — jobs carry this order's body.
     The imagery worker (SatellitePageJobListener) is folded into the publication: each job's outcome — imagery-completed
     with that body's imagery, or imagery-failed (permanent, or retries exhausted) — is queued at once. Nothing else
     reads the job, and the coordinators receive queued messages in any order at any later time, which covers every
     moment the worker could have finished it. */
  atomic {
    d = 0;
    do
    :: d < NDEPS ->
       if
       :: mask & (1 << d) ->
          if
          :: vis[M_DONE(d, b)]++; sent[M_DONE(d, b)] = 1
          :: fails < MAX_FAIL -> fails++; vis[M_FAIL(d)]++; sent[M_FAIL(d)] = 1
          fi
       :: else
       fi;
       d++
    :: else -> break
    od
  }
  goto ack;

onFailed:
  /* ---- Coordinator.onFailed ---- */
  /* Coordinator.onFailed: definition(...) (UNKNOWN_BOOK if absent) then store.putIfAbsent(failed/{dep}.json) */
  atomic { if :: def != NONE -> failed[d] = 1; blocked = 1 :: else fi }
  goto ack;

retry:
  /* MessageHandling.retryLater: not acknowledged; SQS delivers the same message again after the backoff */
  atomic { vis[m]++; m = 0; d = 0; b = 0; res = 0; me = 0; mask = 0; complete = 0; mixed = 0 }
  goto end_idle;

crashed:
  /* the consumer died: no acknowledgement, SQS redelivers the message after its visibility timeout */
  atomic {
    crash_ghost(G_DISPATCH);
    vis[m]++; m = 0; d = 0; b = 0; res = 0; me = 0; mask = 0; complete = 0; mixed = 0
  }
  goto end_idle;

ack:
  /* MessageHandling: ACKNOWLEDGE -> the listener deletes the message */
  atomic { m = 0; d = 0; b = 0; res = 0; me = 0; mask = 0; complete = 0; mixed = 0 }
  goto end_idle
}

/* ================= render worker ================= */

proctype Render() {
  byte j, res, me;
  bool insec;

end_idle:
  /* RenderJobListener: receive one render job */
  atomic {
    if
    :: rvis[0] > 0 -> j = 0
    :: rvis[1] > 0 -> j = 1
    :: rvis[2] > 0 -> j = 2
    :: rvis[3] > 0 -> j = 3
    fi;
    rvis[j]--; me = OWNER(RJ_OWNER(j));  /* owner: instanceId + "/" + messageId (one instance) */
    /* RenderService.render: RenderableBook.load — definition-patched.json must exist and be complete; else
       PermanentFailure: RenderService.handle leaves render-failed.json (next step) and the job is dead-lettered.
       RenderService.render: gate.isDone(rendered.json) -> DUPLICATE. (Both reads taken with the receive: a later
       read could only see DONE, which the gate's own read below handles the same way.) */
    if :: patched == NONE -> goto refuse :: else fi;
    if :: gstate[G_RENDERED] == DONE -> goto ack :: else fi
  }
  /* RenderService.render: writePages / PrintDelivery.deliver — create-once outputs, then
     gate.run(rendered.json, owner, send book-rendered) */
  gate_acquire(G_RENDERED);
  if
  :: res == 3 -> goto retry
  :: res == 2 -> goto ack
  :: else
  fi;
  CRASH_POINT;
  /* the gate's action: queue.send(BOOK_RENDERED) */
  atomic {
    assert(patched == 1 && ALL_RESOLVED);       /* never rendered unresolved, never two orders' bodies */
    ONCE(G_RENDERED, bookRendered);
    bookRendered++;
    acted(G_RENDERED)
  }
  gate_mark_done(G_RENDERED);
  /* (store.delete(pending index) follows: nothing the invariants read) */
  goto ack;

refuse:
  /* RenderService.handle: store.putIfAbsent(render-failed.json); MessageHandling dead-letters, acknowledges */
  atomic { renderFailed = 1; blocked = 1 }
  goto ack;

retry:
  atomic { rvis[j]++; j = 0; res = 0; me = 0 }
  goto end_idle;

crashed:
  atomic { crash_ghost(G_RENDERED); rvis[j]++; j = 0; res = 0; me = 0 }
  goto end_idle;

ack:
  atomic { j = 0; res = 0; me = 0 }
  goto end_idle
}

/* ================= SQS duplicates and time ================= */

/* SQS standard queues deliver at least once: a copy of a message already sent may be delivered again.
   https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues-at-least-once-delivery.html
   and a message whose visibility timeout expires while a consumer still handles it is delivered again:
   https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html */
inline dup(i) {
  sent[i] && dups[i] < MAX_DUP && dupsTotal < MAX_DUPS -> vis[i]++; dups[i]++; dupsTotal++
}
inline rdup(j) {
  j < renderJobs && rdups[j] < MAX_DUP && dupsTotal < MAX_DUPS -> rvis[j]++; rdups[j]++; dupsTotal++
}

proctype Env() {
end_idle:
  do
  :: atomic { dup(M_ORDER_A) }
  :: atomic { dup(M_ORDER_B) }
  :: atomic { dup(M_DONE(0, BODY_A)) }
  :: atomic { dup(M_DONE(0, BODY_B)) }
  :: atomic { dup(M_DONE(1, BODY_A)) }
  :: atomic { dup(M_DONE(1, BODY_B)) }
  :: atomic { dup(M_DONE(2, BODY_A)) }
  :: atomic { dup(M_DONE(2, BODY_B)) }
  :: atomic { dup(M_FAIL(0)) }
  :: atomic { dup(M_FAIL(1)) }
  :: atomic { dup(M_FAIL(2)) }
  :: atomic { rdup(0) }
  :: atomic { rdup(1) }
  :: atomic { rdup(2) }
  :: atomic { rdup(3) }
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
