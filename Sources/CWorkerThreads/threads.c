// Why not just pthread_create: Linux puts a new thread on its creator's CPU now and then (about
// one start in eight on the 2-core VM the benchmark runs on), and while the creator keeps that
// CPU busy the thread waits for the next load balance, a scheduler tick away (3-4 ms at HZ=250).
// A bulk run of 1,000 articles lasts about 50 ms on two cores, so such a start costs a tenth of
// it. A thread that may not start on its creator's CPU goes to another one at once (measured:
// 0.09-0.17 ms in 40 of 40 starts, against 0.05-3.8 ms); it then gets the creator's whole CPU set
// back, so it is never pinned.
#define _GNU_SOURCE
#include "copydesk_threads.h"

#include <sched.h>
#include <stdlib.h>

struct thread_start {
    void *(*body)(void *);
    void *context;
    cpu_set_t allowed;   // the creator's CPUs, given back to the thread once it runs
    int narrowed;
};

static void *begin(void *argument) {
    struct thread_start start = *(struct thread_start *)argument;
    free(argument);
    if (start.narrowed) pthread_setaffinity_np(pthread_self(), sizeof start.allowed, &start.allowed);
    return start.body(start.context);
}

int copydesk_thread_start(pthread_t *thread, void *(*body)(void *), void *context) {
    struct thread_start *start = malloc(sizeof *start);
    if (start == NULL) return -1;
    start->body = body;
    start->context = context;
    start->narrowed = 0;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    int cpu = sched_getcpu();
    if (cpu >= 0 && pthread_getaffinity_np(pthread_self(), sizeof start->allowed, &start->allowed) == 0
        && CPU_ISSET(cpu, &start->allowed) && CPU_COUNT(&start->allowed) > 1) {
        cpu_set_t elsewhere = start->allowed;
        CPU_CLR(cpu, &elsewhere);
        start->narrowed = pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere) == 0;
    }
    int result = pthread_create(thread, &attributes, begin, start);
    pthread_attr_destroy(&attributes);
    if (result != 0) free(start);
    return result;
}

int copydesk_allowed_cpu_count(void) {
    cpu_set_t allowed;
    if (pthread_getaffinity_np(pthread_self(), sizeof allowed, &allowed) != 0) return 0;
    return CPU_COUNT(&allowed);
}
