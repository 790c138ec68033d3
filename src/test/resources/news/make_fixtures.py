# Writes the three article pages the news tests serve. Each is modelled on the layout of a real site's article page
# (Reuters, NBC Sports, the Orlando Sentinel: their navigation, ad slots, share bars, captions, related links, sidebars
# and footers, their Open Graph tags and JSON-LD) around a real story's text from the generator's tuning articles.
# Run from this folder: python3 make_fixtures.py
import html, pathlib
dev = pathlib.Path("../generate-devset/tuning")
def paras(name):
    return [p.strip() for p in (dev / name).read_text().split("\n\n") if p.strip()]
def P(ps, cls=""):
    return "\n".join(f'<p{cls}>{html.escape(p)}</p>' for p in ps)
NAV = lambda items: "<ul>" + "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{i}</a></li>' for i in items) + "</ul>"

becton = paras("biz-becton-carefusion.txt")
reuters = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Becton Dickinson to buy CareFusion for $12.2 billion | Reuters</title>
<meta property="og:title" content="Becton Dickinson to buy CareFusion for $12.2 billion">
<meta property="og:site_name" content="Reuters">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.reuters.com/article/us-carefusion-m-a-bectondickinson-idUSKCN0HU0WM20141005">
<meta property="article:published_time" content="2014-10-05T19:52:14Z">
<meta name="author" content="Ankur Banerjee">
<link rel="canonical" href="https://www.reuters.com/article/us-carefusion-m-a-bectondickinson-idUSKCN0HU0WM20141005">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Becton Dickinson to buy CareFusion for $12.2 billion","datePublished":"2014-10-05T19:52:14Z","author":[{{"@type":"Person","name":"Ankur Banerjee"}}],"publisher":{{"@type":"Organization","name":"Reuters"}}}}</script>
</head><body>
<div id="onetrust-banner-sdk" class="cookie-banner"><p>We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. Accept all cookies or manage your preferences.</p><button>Accept All Cookies</button></div>
<header class="site-header"><a class="logo" href="/">Reuters</a>
<nav aria-label="Main">{NAV(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "Sports", "Science", "Lifestyle"])}</nav>
<div class="ticker"><span>DJIA 16,801.05 +1.24%</span> <span>Nasdaq 4,475.62 +1.03%</span> <span>S&amp;P 500 1,967.90 +1.12%</span></div>
</header>
<div class="ad-slot leaderboard" data-ad="top">Advertisement · Scroll to continue with content</div>
<main><article class="article-body">
<div class="breadcrumb"><a href="/business/">Business</a> <a href="/business/healthcare-pharmaceuticals/">Healthcare &amp; Pharmaceuticals</a></div>
<h1 data-testid="Heading">Becton Dickinson to buy CareFusion for $12.2 billion</h1>
<div class="byline">By <a href="/authors/ankur-banerjee/">Ankur Banerjee</a> · 3 min read</div>
<time datetime="2014-10-05T19:52:14Z">October 5, 2014 7:52 PM UTC</time>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
<figure><img src="/img/becton.jpg" alt=""><figcaption>A Becton Dickinson sign is seen outside its headquarters in Franklin Lakes, New Jersey, in a file photo. REUTERS/Mike Segar</figcaption></figure>
<div class="article-body__content">
{P(becton[:3], ' data-testid="paragraph"')}
<div class="ad-slot mid-article">Advertisement · Scroll to continue</div>
<p class="related-coverage"><a href="/article/medtronic-covidien">Related coverage: Medtronic to buy Covidien for $42.9 billion in tax-cutting deal</a></p>
{P(becton[3:], ' data-testid="paragraph"')}
<p class="sign-off">Reporting by Ankur Banerjee in Bangalore; Editing by Ken Wills</p>
<p class="trust">Our Standards: The Thomson Reuters Trust Principles.</p>
</div></article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Oil prices slide as dollar strengthens ahead of jobs data</a></li><li><a href="/b">Apple unveils larger iPhones and a smartwatch at Cupertino event</a></li><li><a href="/c">Alibaba shares jump in record-breaking New York debut</a></li></ol></aside>
</main>
<footer class="site-footer"><nav>{NAV(["About Reuters", "Careers", "Reuters News Agency", "Brand Attribution Guidelines", "Reuters Leadership", "Contact Us", "Terms of Use", "Privacy", "Cookies"])}</nav>
<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays. © 2014 Reuters. All rights reserved</p></footer>
</body></html>
'''

woz = paras("sport-wozniacki-wta-finals.txt")
nbc = f'''<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Wozniacki defeats Williams for career best win at WTA finals | NBC Sports</title>
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="Wozniacki defeats Williams for career best win at WTA finals">
<meta property="og:url" content="https://www.nbcsports.com/tennis/news/wozniacki-defeats-williams-for-career-best-win-at-wta-finals">
<meta property="og:site_name" content="NBC Sports">
<meta property="article:published_time" content="2017-10-29T12:31:08+00:00">
<meta property="article:author" content="https://www.facebook.com/nbcsports">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"NBC Sports","url":"https://www.nbcsports.com/"}},{{"@type":"NewsArticle","headline":"Wozniacki defeats Williams for career best win at WTA finals","datePublished":"2017-10-29T12:31:08+00:00","author":{{"@type":"Person","name":"Associated Press"}},"publisher":{{"@type":"Organization","name":"NBC Sports"}}}}]}}</script>
</head><body class="post-template-default single single-post">
<div class="skip-link"><a href="#main">Skip to content</a></div>
<header id="masthead"><div class="brand">NBC Sports</div>
<nav class="primary-menu">{NAV(["NFL", "NBA", "MLB", "NHL", "College Football", "Golf", "Soccer", "Tennis", "Olympics", "Scores", "Schedule", "Watch Live"])}</nav>
<div class="promo-bar">Stream live sports and replays on Peacock — Sign up now</div>
</header>
<div id="main" class="site-content">
<div class="content-area">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Wozniacki defeats Williams for career best win at WTA finals</h1>
<div class="entry-meta">By <span class="author vcard">Associated Press</span> · <time class="entry-date published" datetime="2017-10-29T12:31:08+00:00">Oct 29, 2017, 8:31 AM EDT</time></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">Reddit</a></li><li><a href="#">Email</a></li></ul></div>
</header>
<div class="entry-content">
<figure class="wp-block-image"><img src="/wp-content/uploads/wozniacki.jpg" alt="Caroline Wozniacki"><figcaption class="wp-caption-text">Caroline Wozniacki of Denmark celebrates with the trophy after winning the singles final at the BNP Paribas WTA Finals in Singapore. (Photo by Getty Images)</figcaption></figure>
{P(woz[:4])}
<div class="ad-container" id="div-gpt-ad-inline"><span>Advertisement</span></div>
{P(woz[4:])}
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>
<ul><li><a href="/x">Williams sisters withdraw from doubles ahead of Fed Cup final</a></li><li><a href="/y">Halep clinches year-end No. 1 ranking for the first time</a></li><li><a href="/z">Muguruza beats Ostapenko in round-robin opener in Singapore</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/tennis/">Tennis</a></span> <span class="tags-links">Tagged <a href="/tag/caroline-wozniacki/">Caroline Wozniacki</a>, <a href="/tag/venus-williams/">Venus Williams</a>, <a href="/tag/wta-finals/">WTA Finals</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2>Leave a Reply</h2><form><p>You must be logged in to post a comment.</p><textarea></textarea><button>Post Comment</button></form></div>
</div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Trending</h2><ul><li><a href="/t1">Patriots trade Garoppolo to 49ers for second-round pick</a></li><li><a href="/t2">Astros beat Dodgers 13-12 in 10 innings in Game 5 thriller</a></li><li><a href="/t3">Hamilton clinches fourth Formula One world title in Mexico</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Newsletter</h2><p>Get the latest tennis news delivered to your inbox every morning. Enter your email address to subscribe.</p></section></aside>
</div>
<footer id="colophon"><nav>{NAV(["Privacy Policy", "Your Privacy Choices", "CA Notice", "Terms of Service", "NBC Sports Careers", "Closed Captioning", "Ad Choices"])}</nav><p>© 2017 NBC Universal</p></footer>
</body></html>
'''

tel = paras("tech-telstar-18-launch.txt")
sentinel = f'''<!doctype html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>After delays, SpaceX launches satellite from Cape Canaveral – Orlando Sentinel</title>
<meta name="description" content="A SpaceX Falcon 9 rocket carrying a communications satellite took off from Cape Canaveral Air Force Station Sunday.">
<meta property="og:title" content="After delays, SpaceX launches satellite from Cape Canaveral">
<meta property="og:site_name" content="Orlando Sentinel">
<meta property="og:url" content="https://www.orlandosentinel.com/2018/09/10/after-delays-spacex-launches-satellite-from-cape-canaveral/">
<link rel="canonical" href="https://www.orlandosentinel.com/2018/09/10/after-delays-spacex-launches-satellite-from-cape-canaveral/">
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"NewsArticle","headline":"After delays, SpaceX launches satellite from Cape Canaveral","datePublished":"2018-09-10T04:58:00-04:00","dateModified":"2018-09-10T11:02:00-04:00","author":[{{"@type":"Person","name":"Chabeli Herrera"}},{{"@type":"Person","name":"Alexander Beecroft"}}],"publisher":{{"@type":"Organization","name":"Orlando Sentinel","logo":{{"@type":"ImageObject","url":"https://www.orlandosentinel.com/logo.png"}}}}}}]</script>
</head><body>
<div class="breaking-news-bar"><strong>Breaking News</strong> <a href="/bn">Hurricane Florence strengthens to Category 4 as it heads for the Carolinas</a></div>
<header class="masthead"><a href="/" class="logo">Orlando Sentinel</a>
<nav class="site-nav">{NAV(["News", "Sports", "Business", "Entertainment", "Things To Do", "Opinion", "Obituaries", "Space", "e-Edition"])}</nav>
<a class="subscribe" href="/subscribe">Subscribe for $1</a> <a class="login" href="/login">Log in</a></header>
<div class="dfp-ad" id="gpt-top"><p>Advertisement</p></div>
<main class="main-content"><article id="article" class="article">
<div class="article-header"><span class="section-label"><a href="/space/">Space</a></span>
<h1 class="headline">After delays, SpaceX launches satellite from Cape Canaveral</h1>
<div class="byline-block">By <a href="/author/chabeli-herrera/">Chabeli Herrera</a> and <a href="/author/alexander-beecroft/">Alexander Beecroft</a> | Orlando Sentinel<br><time datetime="2018-09-10T04:58:00-04:00">PUBLISHED: September 10, 2018 at 4:58 AM EDT</time> | UPDATED: September 10, 2018 at 11:02 AM EDT</div></div>
<figure class="lead-art"><img src="/img/falcon9.jpg" alt=""><figcaption><span class="caption">A SpaceX Falcon 9 rocket lifts off from Launch Complex 40 at Cape Canaveral Air Force Station early Monday.</span> <span class="credit">(Red Huber / Orlando Sentinel)</span></figcaption></figure>
<div class="body-copy">
{P(tel[:2])}
<div class="newsletter-promo"><p>Get the latest space news delivered to your inbox. Sign up for our Space Coast newsletter, free every Monday.</p><form><input type="email"><button>Sign up</button></form></div>
{P(tel[2:5])}
<div class="dfp-ad" id="gpt-mid"><p>Advertisement</p></div>
<div class="related-articles"><h3>Related Articles</h3><ul><li><a href="/r1">SpaceX to attempt another Falcon 9 landing at sea</a></li><li><a href="/r2">Blue Origin picks Cape Canaveral for New Glenn engine tests</a></li><li><a href="/r3">ULA delays Atlas V launch of Air Force satellite</a></li></ul></div>
{P(tel[5:])}
</div>
<div class="tags"><a href="/tag/spacex/">SpaceX</a> <a href="/tag/cape-canaveral/">Cape Canaveral</a></div>
</article>
<section class="more-stories"><h2>Trending Nationally</h2><ul><li><a href="/n1">Four ways to save on your next electric bill this summer</a></li><li><a href="/n2">These are the best pizza places in Central Florida, readers say</a></li></ul></section>
</main>
<footer class="site-footer"><nav>{NAV(["Contact Us", "Help Center", "Terms of Service", "Privacy Policy", "Manage Subscription", "Place an Ad", "Site Map"])}</nav><p>Copyright © 2018 Orlando Sentinel</p></footer>
</body></html>
'''
for name, page in [("reuters-becton-carefusion.html", reuters), ("nbcsports-wozniacki.html", nbc), ("orlandosentinel-telstar.html", sentinel)]:
    pathlib.Path(name).write_text(page)
