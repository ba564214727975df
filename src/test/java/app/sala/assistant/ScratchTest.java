package app.sala.assistant;

import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void load() throws Exception {
        Assistant a = ShippedAssistant.get();
        Map<String, Integer> hot = new HashMap<>();
        Thread main = Thread.currentThread();
        Thread s = new Thread(() -> {
            while (true) {
                StackTraceElement[] st = main.getStackTrace();
                for (int i = 0; i < Math.min(st.length, 12); i++) {
                    if (st[i].getClassName().startsWith("app.sala")) {
                        String k = st[i].getClassName() + "." + st[i].getMethodName() + ":" + st[i].getLineNumber()
                                + " <- " + (st.length > 0 ? st[0].getClassName() + "." + st[0].getMethodName() : "");
                        hot.merge(k, 1, Integer::sum);
                        break;
                    }
                }
                try { Thread.sleep(1); } catch (InterruptedException e) { return; }
            }
        });
        s.setDaemon(true);
        s.start();
        for (int r = 0; r < 3; r++) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < 100; i++) a.understand("en", "how often should i do the bridge please");
        System.out.println("understand us " + (mx.getCurrentThreadCpuTime() - t) / 100_000);
        t = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < 100; i++) a.understand("es", "con qué frecuencia debo hacer el puente por favor");
        System.out.println("understand es us " + (mx.getCurrentThreadCpuTime() - t) / 100_000);
        }
        s.interrupt();
        hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.println("HOT " + e.getValue() + " " + e.getKey()));
    }
}
