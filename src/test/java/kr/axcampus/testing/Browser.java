package kr.axcampus.testing;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/** A real headless Chromium (Debian's), in Korean unless told otherwise. */
public final class Browser implements AutoCloseable {
    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static Browser open(String baseUrl, String languages, int width, int height) {
        return open(baseUrl, languages, width, height, null);
    }

    /** A browser that saves downloads into {@code downloads} without asking. */
    public static Browser open(String baseUrl, String languages, int width, int height, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption(
                "prefs",
                downloads == null
                        ? Map.of("intl.accept_languages", languages)
                        : Map.of(
                                "intl.accept_languages",
                                languages,
                                "download.default_directory",
                                downloads.toString(),
                                "download.prompt_for_download",
                                false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return new Browser(driver, baseUrl);
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Chooses a file in a file input (what a person does in the file dialog). */
    public void chooseFile(String css, Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Drops a small text file on the element, as a person dragging it from their desktop would. */
    public void dropFile(String css, String fileName, String content) {
        ((JavascriptExecutor) driver).executeScript("""
                const zone = document.querySelector(arguments[0]);
                const transfer = new DataTransfer();
                transfer.items.add(new File([arguments[2]], arguments[1]));
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, css, fileName, content);
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Submits and waits until the browser has left the old document, so later reads see the answer page. */
    public void submit(String formCss) {
        WebElement oldPage = find("html");
        find(formCss + " button[type=submit]").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(oldPage));
    }

    /**
     * Submits a form that asks first (a destructive action), accepts the question and waits for the
     * answer page; answers the question the person was asked.
     */
    public String submitConfirmed(String formCss) {
        WebElement oldPage = find("html");
        find(formCss + " button[type=submit]").click();
        Alert question = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        question.accept();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(oldPage));
        return text;
    }

    /** Accepts the question the page asks (a confirm dialog) and answers its text. */
    public String acceptQuestion() {
        Alert question = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        question.accept();
        return text;
    }

    /** Declines the question the page asks (a confirm dialog) and answers its text. */
    public String dismissQuestion() {
        Alert question = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        question.dismiss();
        return text;
    }

    /** Clicks a submit button and stays: for forms the page itself refuses to send. */
    public void clickSubmit(String formCss) {
        find(formCss + " button[type=submit]").click();
    }

    public void click(String css) {
        find(css).click();
    }

    /** Sets a date or time input the way its picker would (typing into one depends on the browser's locale). */
    public void pick(String css, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector(arguments[0]).value = arguments[1];", css, value);
    }

    /** Chooses an option of a select by its value. */
    public void select(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    /** The id of the element that has the keyboard focus. */
    public String focusedId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement.id;"));
    }

    /** Chromium reports a replaced document either as a stale element or as a node of another document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (isReplacedDocument(e)) {
                return true;
            }
            throw e;
        }
    }

    /** The page was replaced under the element (a reload, a new page): stale, or Chromium's "another document". */
    private static boolean isReplacedDocument(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
    }

    public String text() {
        return find("body").getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path.equals(path()));
    }

    /** Waits until the element's text passes the check, and answers that text. */
    public String waitForText(String css, Predicate<String> check) {
        String[] seen = new String[1];
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                seen[0] = find(css).getText();
                return check.test(seen[0]);
            } catch (WebDriverException e) {
                if (isReplacedDocument(e)) {
                    return false;
                }
                throw e;
            }
        });
        return seen[0];
    }

    public void signIn(String email, String password) {
        go("/login");
        type("#email", email);
        type("#password", password);
        submit("form[action='/login']");
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the current page (WCAG 2.1
     * A and AA rules and best practices), one line each: rule, impact, and the offending elements.
     */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(3)
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    /** The text a person sees on the page (not attributes, not hidden elements). */
    public String visibleText() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.innerText;"));
    }

    /** Whether the page fits the window's width: nothing to scroll sideways (a phone at 360 px). */
    public boolean fitsWidth() {
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }

    public byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
