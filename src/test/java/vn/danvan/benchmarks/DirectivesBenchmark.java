package vn.danvan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.danvan.directives.recognition.CatalogueDirective;
import vn.danvan.directives.recognition.CatalogueEntry;
import vn.danvan.directives.DirectiveCatalogue;
import vn.danvan.directives.recognition.DirectiveRecogniser;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.DirectiveType;
import vn.danvan.directives.recognition.ReferenceResolver;

/**
 * Speed of the directive recogniser: a generated corpus of about 2 MB of Vietnamese news
 * text (the sentences of the five short reports of the recogniser's tests, shuffled) with
 * some 12,000 references in the written forms seen in real text, a fifth of them without
 * diacritics, resolved against a register of 2,009 directives (the catalogue and 2,000
 * generated ones). One operation reads the whole corpus; references per second =
 * operations per second × references in the corpus (printed at set-up). The register is
 * indexed by number once, as a caller resolving many texts would. Run with
 * {@code bench/directives.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DirectivesBenchmark {

	static final int DOCUMENTS = 2_000;

	/** The short reports written for the recogniser's tests (src/test/resources). */
	static final List<String> REPORTS = List.of("1-so-ket-chi-thi-43.txt", "2-xa-dan-van-kheo.txt",
			"3-hoi-nghi-tinh-uy.txt", "4-xay-dung-dang.txt", "5-hoi-cuu-chien-binh.txt");

	final DirectiveRecogniser recogniser = new DirectiveRecogniser();

	List<String> corpus;

	List<CatalogueEntry> register;

	ReferenceResolver.Index index;

	@Setup(Level.Trial)
	public void generate() throws IOException {
		Random random = new Random(7);
		List<String> sentences = new ArrayList<>();
		for (String report : REPORTS) {
			try (InputStream in = DirectivesBenchmark.class.getResourceAsStream("/directives/reports/" + report)) {
				for (String sentence : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?<=[.;])\\s+")) {
					if (sentence.length() > 20) {
						sentences.add(sentence);
					}
				}
			}
		}
		this.register = new ArrayList<>();
		long id = 1;
		for (CatalogueDirective directive : DirectiveCatalogue.seed()) {
			this.register.add(new CatalogueEntry(id++, directive.type(), directive.symbol(), directive.issuedOn(),
					directive.issuer()));
		}
		DirectiveType[] types = { DirectiveType.RESOLUTION, DirectiveType.DIRECTIVE, DirectiveType.CONCLUSION,
				DirectiveType.NOTICE, DirectiveType.PLAN };
		for (int i = 0; i < 2_000; i++) {
			DirectiveType type = types[random.nextInt(types.length)];
			boolean central = random.nextBoolean();
			this.register.add(new CatalogueEntry(id++, type,
					(100 + random.nextInt(1900)) + "-" + type.abbreviation() + (central ? "/TW" : "/TU"),
					LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28)),
					central ? "Ban Bí thư" : "Ban Thường vụ Tỉnh ủy"));
		}
		this.index = ReferenceResolver.index(this.register);
		this.corpus = new ArrayList<>();
		int references = 0;
		long characters = 0;
		for (int d = 0; d < DOCUMENTS; d++) {
			StringBuilder document = new StringBuilder();
			for (int s = 0; s < 8; s++) {
				document.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
				if (random.nextInt(3) > 0) {
					CatalogueEntry entry = this.register.get(random.nextInt(this.register.size()));
					document.append(reference(entry, random)).append(". ");
				}
			}
			String text = document.toString();
			if (random.nextInt(5) == 0) {
				text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
			}
			references += this.recogniser.find(text).size();
			characters += text.length();
			this.corpus.add(text);
		}
		System.out.printf("%nCorpus: %d documents, %,d characters, %,d references; register of %d directives%n",
				DOCUMENTS, characters, references, this.register.size());
	}

	static String reference(CatalogueEntry entry, Random random) {
		String type = entry.type().vietnamese();
		String date = entry.issuedOn().getDayOfMonth() + "/" + entry.issuedOn().getMonthValue() + "/"
				+ entry.issuedOn().getYear();
		return switch (random.nextInt(6)) {
			case 0 -> "thực hiện " + type + " số " + entry.symbol() + " ngày " + date + " của " + entry.issuer();
			case 1 -> "quán triệt " + type + " " + entry.number();
			case 2 -> "triển khai " + type + " số " + entry.number() + " ngày " + date.replace('/', '-');
			case 3 -> "theo " + type + " " + entry.number() + " và " + (entry.number() + 1) + " của " + entry.issuer();
			case 4 -> "tinh thần " + entry.symbol();
			default -> "sơ kết " + type + " " + entry.number() + " năm " + entry.issuedOn().getYear();
		};
	}

	@Benchmark
	public int recogniseAndResolveTheCorpus() {
		int resolved = 0;
		for (String text : this.corpus) {
			for (DirectiveReference reference : this.index.resolveAll(this.recogniser.find(text))) {
				if (reference.directive() != null) {
					resolved++;
				}
			}
		}
		return resolved;
	}

	@Benchmark
	public int recogniseTheCorpus() {
		int found = 0;
		for (String text : this.corpus) {
			found += this.recogniser.find(text).size();
		}
		return found;
	}

}
