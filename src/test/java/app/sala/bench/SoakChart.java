package app.sala.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The soak run's memory over time as a PNG a person can glance at: resident memory and heap in
 * use (MB) against the voice utterances done, with the verdict in the title.
 */
final class SoakChart {

    /** One sample of the server's memory. */
    record Sample(double seconds, int utterances, double rssMb, double heapMb) {
    }

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 70;

    private SoakChart() {
    }

    static void write(List<Sample> samples, String title, Path png) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int maxX = Math.max(1, samples.stream().mapToInt(Sample::utterances).max().orElse(1));
        double maxY = Math.ceil(samples.stream().mapToDouble(Sample::rssMb).max().orElse(100) / 100) * 100 + 100;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        for (int mb = 0; mb <= maxY; mb += maxY > 1000 ? 200 : 100) {
            int y = TOP + plotHeight - (int) (mb / maxY * plotHeight);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(mb + " MB", 10, y + 5);
        }
        for (int i = 0; i <= 5; i++) {
            int utterances = maxX * i / 5;
            int x = LEFT + plotWidth * i / 5;
            g.drawString(String.format(Locale.ROOT, "%,d", utterances), x - 15, TOP + plotHeight + 25);
        }
        g.drawString("voice utterances done", LEFT + plotWidth / 2 - 80, HEIGHT - 15);
        line(g, samples, maxX, maxY, true, new Color(0, 90, 181));
        line(g, samples, maxX, maxY, false, new Color(220, 50, 32));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.setColor(new Color(0, 90, 181));
        g.drawString("resident memory (RSS)", LEFT, 55);
        g.setColor(new Color(220, 50, 32));
        g.drawString("Java heap in use", LEFT + 220, 55);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void line(Graphics2D g, List<Sample> samples, int maxX, double maxY, boolean rss, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int lastX = -1;
        int lastY = -1;
        for (Sample sample : samples) {
            double value = rss ? sample.rssMb() : sample.heapMb();
            if (Double.isNaN(value)) {
                continue;
            }
            int x = LEFT + (int) ((double) sample.utterances() / maxX * plotWidth);
            int y = TOP + plotHeight - (int) (value / maxY * plotHeight);
            if (lastX >= 0) {
                g.drawLine(lastX, lastY, x, y);
            }
            lastX = x;
            lastY = y;
        }
    }
}
