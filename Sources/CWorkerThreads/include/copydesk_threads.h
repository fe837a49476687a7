#ifndef COPYDESK_THREADS_H
#define COPYDESK_THREADS_H

#include <pthread.h>

/// Starts `body(context)` on a new thread that begins on a CPU other than the caller's, when the
/// caller may run on more than one; once running, the thread may run anywhere the caller may.
/// Returns pthread_create's result (0: started).
int copydesk_thread_start(pthread_t *thread, void *(*body)(void *), void *context);

/// How many CPUs the calling thread may run on (its affinity mask, as `nproc` counts them), or 0
/// when the system does not say.
int copydesk_allowed_cpu_count(void);

#endif
