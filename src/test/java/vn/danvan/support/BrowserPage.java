package vn.danvan.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Selenium (never a downloaded browser, ADR 9), pointed at
 * the test server, with what every browser test does: open a path, sign in and out, click
 * like a person who scrolled to the element, wait for an element or a condition, take a
 * screenshot into {@code target/screenshots}. Started and closed by
 * {@link BrowserExtension}; a test gets it as a parameter.
 * <p>
 * Every page a test visits is checked with axe-core ({@link AccessibilityCheck}): before
 * and after the browser goes to an address (through {@link #open(String)} or the driver),
 * before each click and form submission, and after each successful wait; the violations
 * of impact serious or critical fail the test after it ran ({@link BrowserExtension}).
 * {@link #axe()} checks the current page at once.
 */
public final class BrowserPage {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * How long a wait lasts unless the test says otherwise ({@link #timeout(Duration)}).
	 */
	public static final Duration TIMEOUT = Duration.ofSeconds(20);

	/**
	 * The window every test starts with.
	 */
	public static final Dimension WINDOW = new Dimension(1280, 900);

	private final WebDriver browser;

	private final WebDriver driver;

	private final AccessibilityCheck accessibility = new AccessibilityCheck();

	private final Path profile;

	private final int port;

	private Duration timeout = TIMEOUT;

	private BrowserPage(WebDriver browser, Path profile, int port) {
		this.browser = browser;
		this.driver = new EventFiringDecorator<>(new Checks(this)).decorate(browser);
		this.profile = profile;
		this.port = port;
	}

	static BrowserPage start(int port) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: Chromium is not installed. Install it with "
						+ "'sudo apt-get install chromium chromium-driver' (Debian) to run them.");
		Path profile = Files.createTempDirectory("danvan-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=vi", "--user-data-dir=" + profile);
		// A dialog left open is reported, never dismissed behind the test's back (the
		// accessibility check runs scripts between the test's steps).
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(WINDOW);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Files.createDirectories(SCREENSHOTS);
		return new BrowserPage(driver, profile, port);
	}

	/**
	 * Before each test: the default window and timeout again.
	 */
	void reset() {
		this.timeout = TIMEOUT;
		if (!this.driver.manage().window().getSize().equals(WINDOW)) {
			this.driver.manage().window().setSize(WINDOW);
		}
	}

	/**
	 * After each test: checks the page the test ended on and answers the violations of
	 * impact serious or critical found during the test (and forgets them).
	 */
	List<String> finish() {
		this.accessibility.check(this.browser);
		return this.accessibility.takeViolations();
	}

	/**
	 * How many times axe-core ran in this browser (once per page state).
	 */
	int axeRuns() {
		return this.accessibility.runs();
	}

	void close() {
		this.browser.quit();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * How long the waits of the current test last (until the next test).
	 */
	public void timeout(Duration timeout) {
		this.timeout = timeout;
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	/**
	 * Signs in through the sign-in page, as a new visitor (no cookies), in Vietnamese,
	 * and waits for the home page's greeting.
	 */
	public void signIn(String username, String password) {
		this.driver.manage().deleteAllCookies();
		open("/login?lang=vi");
		WebElement name = this.driver.findElement(By.id("username"));
		name.clear();
		name.sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("sign-in")).click();
		waitFor(By.id("greeting"));
	}

	/**
	 * Signs out with the menu's button and waits for the sign-in form.
	 */
	public void signOut() {
		click(By.id("sign-out"));
		waitFor(By.id("username"));
	}

	public WebElement find(By locator) {
		return this.driver.findElement(locator);
	}

	/**
	 * Waits until the element is visible and returns it.
	 */
	public WebElement waitFor(By locator) {
		return until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public <T> T until(Function<? super WebDriver, T> condition) {
		T result = waiting().until(condition);
		if (!(result instanceof Alert)) {
			this.accessibility.check(this.browser);
		}
		return result;
	}

	/**
	 * Runs axe-core on the page shown now (unless this state was checked already) and
	 * answers its violations of impact serious or critical.
	 */
	public AxeResult axe() {
		AxeResult result = this.accessibility.run(this.browser);
		if (result == null) {
			throw new IllegalStateException("axe-core could not check " + this.browser.getCurrentUrl());
		}
		return result;
	}

	/**
	 * A wait of the current test's timeout.
	 */
	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, this.timeout);
	}

	/**
	 * Clicks like a person who scrolled to the element first (at once: Bootstrap turns on
	 * smooth scrolling, and a click during the animation lands elsewhere).
	 */
	public void click(By locator) {
		click(find(locator));
	}

	public void click(WebElement element) {
		scrollTo(element);
		element.click();
	}

	/**
	 * Waits for the confirmation dialog a button opened and accepts it.
	 */
	public void confirm() {
		until(ExpectedConditions.alertIsPresent()).accept();
	}

	public void scrollTo(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	/**
	 * Replaces the text of the field with this id, scrolled to first.
	 */
	public void type(String id, String text) {
		WebElement field = find(By.id(id));
		scrollTo(field);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets the value of the field with this id by script (date fields, whose typing
	 * depends on the browser's locale).
	 */
	public void setValue(String id, String value) {
		script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	/**
	 * The text of the element with this id when it is on the page and displayed,
	 * otherwise {@code null}.
	 */
	public String shown(String id) {
		return this.driver.findElements(By.id(id))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.findFirst()
			.orElse(null);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * Saves what the window shows as {@code target/screenshots/<name>.png}.
	 */
	public void screenshot(String name) {
		File file = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks the page before the browser leaves it and once it has loaded the next
	 * (public: Selenium calls a listener by reflection).
	 */
	public static final class Checks implements WebDriverListener {

		private final BrowserPage page;

		private Checks(BrowserPage page) {
			this.page = page;
		}

		private void check() {
			this.page.accessibility.check(this.page.browser);
		}

		@Override
		public void beforeGet(WebDriver driver, String url) {
			check();
		}

		@Override
		public void afterGet(WebDriver driver, String url) {
			check();
		}

		@Override
		public void beforeTo(WebDriver.Navigation navigation, String url) {
			check();
		}

		@Override
		public void afterTo(WebDriver.Navigation navigation, String url) {
			check();
		}

		@Override
		public void beforeTo(WebDriver.Navigation navigation, URL url) {
			check();
		}

		@Override
		public void afterTo(WebDriver.Navigation navigation, URL url) {
			check();
		}

		@Override
		public void afterBack(WebDriver.Navigation navigation) {
			check();
		}

		@Override
		public void afterForward(WebDriver.Navigation navigation) {
			check();
		}

		@Override
		public void afterRefresh(WebDriver.Navigation navigation) {
			check();
		}

	}

}
