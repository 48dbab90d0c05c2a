package io.sharedcx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report in a real browser: Debian's chromium, driven headless through chromium-driver. The page
 * opens from disk without a console error, shows its overview and a partner, looks like something at a
 * desktop's and a phone's width (screenshots under target/report-screenshots), holds basic accessibility,
 * and a report of 100 partners, 13 metrics and 6 periods stays small and loads in a few seconds.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path OUT = Path.of("target", "report-screenshots");

  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "The browser test needs Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "). Install them: apt-get install -y chromium chromium-driver (.ci/run does so"
              + " when they are missing).");
    }
    Files.createDirectories(OUT);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1280,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  static Path write(String name, HtmlReport.Input input) throws Exception {
    Path file = OUT.resolve(name).toAbsolutePath();
    HtmlReport.write(input, file);
    return file;
  }

  /**
   * Opens a page and waits until the browser has parsed all of it: a driver may hand back control
   * before a large file has been read to its end, and what is counted then is whatever was parsed so
   * far.
   */
  static void open(Path file) {
    driver.get(file.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "complete".equals(js("return document.readyState")));
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** Opens the page at a viewport's size, checks the console, saves a screenshot and checks it. */
  static void screenshot(String name, int width, int height) throws Exception {
    driver.manage().window().setSize(new Dimension(width, height));
    // The window's outer size may include a frame: make the viewport itself the size asked for.
    long innerW = (Long) js("return window.innerWidth");
    long innerH = (Long) js("return window.innerHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(width + (width - (int) innerW), height + (height - (int) innerH)));
    js("window.scrollTo(0, 0)");
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path png = OUT.resolve(name + ".png");
    Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).as("screenshot width").isEqualTo(width);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(50);
    // Nothing is wider than the viewport: the page reflows instead of scrolling sideways.
    long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
    assertThat(scrollWidth).as("page width at " + width + " px").isLessThanOrEqualTo(width);
  }

  static void noConsoleErrors() {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(entries)
        .as("browser console")
        .noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue());
  }

  @Test
  void report_opensFromDisk_withoutConsoleErrors_showsOverviewAndAPartner_atBothWidths()
      throws Exception {
    Path file = write("report.html", Fixtures.input(3, 6, 6, false));
    open(file);
    noConsoleErrors();
    assertThat(driver.findElement(By.id("overview")).isDisplayed()).isTrue();
    WebElement partner = driver.findElement(By.cssSelector("section.partner"));
    assertThat(partner.isDisplayed()).isTrue();
    assertThat(partner.findElement(By.cssSelector(".standing")).getText()).isNotBlank();
    assertThat(partner.findElement(By.cssSelector("tr.metric")).getSize().getHeight())
        .isGreaterThan(30);
    screenshot("report-1280x800", 1280, 800);
    js("document.querySelector('section.partner').scrollIntoView()");
    Files.copy(
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
        OUT.resolve("report-1280x800-partner.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // The first partner, scrolled to, at a phone's width.
    screenshot("report-390x844", 390, 844);
    js("document.querySelector('section.partner').scrollIntoView()");
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        OUT.resolve("report-390x844-partner.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // A finding opens to its evidence: the <details> work without a script.
    driver.manage().window().setSize(new Dimension(1280, 800));
    WebElement finding = driver.findElement(By.cssSelector("details.finding"));
    js(
        "arguments[0].scrollIntoView()"
            .replace("arguments[0]", "document.querySelector('details.finding')"));
    assertThat(finding.findElement(By.cssSelector("ul.evidence")).isDisplayed()).isFalse();
    finding.findElement(By.tagName("summary")).click();
    assertThat(finding.findElement(By.cssSelector("ul.evidence")).isDisplayed()).isTrue();
    noConsoleErrors();
  }

  @Test
  void report_holdsBasicAccessibility() throws Exception {
    Path file = write("report-a11y.html", Fixtures.input(3, 4, 6, false));
    open(file);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    List<WebElement> headings = driver.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6"));
    int previous = 0;
    for (WebElement h : headings) {
      int level = Integer.parseInt(h.getTagName().substring(1));
      assertThat(level)
          .as("heading '%s' after level %d", h.getText(), previous)
          .isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    List<WebElement> tables = driver.findElements(By.tagName("table"));
    assertThat(tables).isNotEmpty();
    for (WebElement table : tables) {
      assertThat(table.findElements(By.tagName("th"))).as("table headers").isNotEmpty();
    }
    List<WebElement> charts = driver.findElements(By.tagName("svg"));
    assertThat(charts).hasSizeGreaterThan(10);
    for (WebElement svg : charts) {
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      String label = svg.getAttribute("aria-label");
      boolean titled = !svg.findElements(By.xpath("./*[local-name()='title']")).isEmpty();
      assertThat((label != null && !label.isBlank()) || titled)
          .as("chart with a text alternative")
          .isTrue();
    }
    // Status is said in words, never by colour alone.
    for (WebElement chip : driver.findElements(By.cssSelector(".chip"))) {
      assertThat(chip.getAttribute("textContent")).isNotBlank();
    }
  }

  @Test
  void largeReport_staysUnder2MB_andLoadsInAFewSeconds() throws Exception {
    HtmlReport.Input input = Fixtures.input(100, 13, 6, false);
    // With the default, absolute links to the standards' pages, as the command writes them.
    input =
        new HtmlReport.Input(
            input.title(),
            input.assessment(),
            input.window(),
            input.names(),
            input.standardTitles(),
            input.touchpoints(),
            HtmlReport.DEFAULT_DOCS_BASE,
            input.periods());
    Path file = write("report-large.html", input);
    long bytes = Files.size(file);
    assertThat(bytes).as("size of 100 partners x 13 metrics x 6 periods").isLessThan(2_000_000);
    long start = System.nanoTime();
    open(file);
    // Parsed to its end, whatever the driver's own notion of loaded: the last partner is there.
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> ((Long) js("return document.querySelectorAll('section.partner').length")) >= 100L);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(driver.findElements(By.cssSelector("section.partner"))).hasSize(100);
    assertThat(driver.findElements(By.cssSelector("tr.metric"))).hasSize(1300);
    noConsoleErrors();
    // Generous: the machine is shared, this is not a benchmark.
    assertThat(millis).as("load time in ms").isLessThan(15_000);
    System.out.printf("large report: %,d bytes, loaded in %,d ms%n", bytes, millis);
  }
}
