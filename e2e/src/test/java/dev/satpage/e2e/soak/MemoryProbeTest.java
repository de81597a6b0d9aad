package dev.satpage.e2e.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryProbeTest {
  @Test
  void g1HeapInfo_givesCommittedAndUsed() {
    String g1 =
        """
        12345:
         garbage-first heap   total reserved 1048576K, committed 262144K, used 102400K [0x00000000c0000000, 0x0000000100000000)
          region size 1024K, 12 young (12288K), 0 survivors (0K)
         Metaspace       used 61234K, committed 61952K, reserved 1114112K
        """;
    double[] heap = MemoryProbe.parseHeap(g1).orElseThrow();
    assertThat(heap[0]).isEqualTo(256.0);
    assertThat(heap[1]).isEqualTo(100.0);
  }

  @Test
  void parallelHeapInfo_sumsTheGenerations() {
    String parallel =
        """
         PSYoungGen      total 76288K, used 5242K [0x00000000eab00000, 0x00000000f0000000, 0x0000000100000000)
          eden space 65536K, 8% used [0x00000000eab00000,0x00000000eb01e8a0,0x00000000eeb00000)
         ParOldGen       total 175104K, used 20480K [0x00000000c0000000, 0x00000000cab00000, 0x00000000eab00000)
        """;
    double[] heap = MemoryProbe.parseHeap(parallel).orElseThrow();
    assertThat(heap[0]).isCloseTo((76288 + 175104) / 1024.0, within(1e-9));
    assertThat(heap[1]).isCloseTo((5242 + 20480) / 1024.0, within(1e-9));
  }

  @Test
  void rss_isReadFromProcStatus() {
    assertThat(MemoryProbe.parseRssMiB("Name:\tjava\nVmHWM:\t  900000 kB\nVmRSS:\t  524288 kB\n"))
        .isEqualTo(512.0);
  }

  @Test
  void thisJvm_canBeSampled_throughItsOwnJcmd() {
    MemorySample s =
        MemoryProbe.ofThisJdk().sample(0, "self", ProcessHandle.current().pid()).orElseThrow();
    assertThat(s.rssMiB()).isPositive();
    assertThat(s.liveHeapMiB()).isPositive().isLessThanOrEqualTo(s.committedHeapMiB());
  }

  @Test
  void aProcessThatIsGone_givesNoSample() {
    assertThat(MemoryProbe.ofThisJdk().sample(0, "gone", Long.MAX_VALUE / 2)).isEmpty();
    assertThat(Path.of("/proc/self/status")).exists();
  }
}
