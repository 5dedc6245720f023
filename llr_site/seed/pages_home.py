"""Home page and the site-wide pages, in the words of the seed documents.

Each figure says where and when it was published: the seed pages were written in different years
and disagree (see the project README, "Seed content").
"""

from llr_site.seed.page_seed import PageSeed, PluginSeed

HOME = PageSeed(
    reverse_id="home",
    slug="home",
    title="Leicester, Leicestershire and Rutland Clinical Commissioning Groups",
    menu_title="Home",
    template="pages/home.html",
    in_navigation=False,
    meta_description=(
        "The three NHS clinical commissioning groups (CCGs) of Leicester, Leicestershire and "
        "Rutland: who we are, what we do and how to take part."
    ),
    placeholders={
        "introduction": """
<p class="nhsuk-lede-text">Three clinical commissioning groups (CCGs) plan and buy NHS services for the people of Leicester, Leicestershire and Rutland (LLR).</p>
<p>CCGs were established to replace primary care trusts (PCTs) so that healthcare commissioning can be led by GPs and other clinicians. The three LLR CCGs cover the same area as the former primary care trust cluster for Leicester, Leicestershire and Rutland.</p>
""",
        "content": """
<h2>The three CCGs</h2>
<h3><a href="/leicester-city/">NHS Leicester City CCG</a></h3>
<p>Brings together all 65 practices and more than 200 family doctors in the city into a single membership body. It serves a patient population of approximately 365,000, which includes around 50,000 patients who live outside Leicester but choose to be registered with a GP in the city.</p>
<h3><a href="/west-leicestershire/">NHS West Leicestershire CCG</a></h3>
<p>Represents the 50 GP practices who serve around 356,000 patients in Charnwood North, Charnwood South, North West Leicestershire, and Hinckley and Bosworth.</p>
<h3><a href="/east-leicestershire-and-rutland/">NHS East Leicestershire and Rutland CCG</a></h3>
<p>A group of GPs from 34 practices in the south and east of Leicestershire and Rutland, serving over 318,000 patients in Melton, Rutland, Market Harborough, Blaby District, Lutterworth, and Oadby and Wigston.</p>
<p>These figures were published on the LLR CCGs' first website in 2012. Each CCG's own section gives later figures with their dates.</p>
<h2>Working together</h2>
<p>Each CCG keeps its own statutory responsibilities. Since 2020 the three CCGs have worked jointly under one management team and staff structure, and in January 2021 their governing bodies approved seven shared strategic objectives for Leicester, Leicestershire and Rutland.</p>
<h2>Our history</h2>
<p>In early May 2012 the Department of Health announced that all three CCGs in Leicester, Leicestershire and Rutland had been chosen to be among the first wave of 35 CCGs in England to start the assessment process for authorisation to carry out their full duties as statutory bodies. The CCGs took over statutory responsibility for planning and buying local health services in April 2013, when primary care trusts ceased to exist.</p>
<h2>Find out more</h2>
<ul>
<li><a href="/how-ccgs-work/">How CCGs work</a></li>
<li><a href="/engaging-with-your-ccg/">Engaging with your CCG</a></li>
<li><a href="/governance/">Governance: governing bodies, board meetings and papers</a></li>
</ul>
""",
    },
    plugins=(
        PluginSeed(
            "content",
            "LatestPublicationsPlugin",
            {"heading": "Latest publications", "count": 5},
        ),
        PluginSeed("content", "NextMeetingPlugin"),
    ),
)

ACCESSIBILITY_STATEMENT = PageSeed(
    reverse_id="accessibility-statement",
    slug="accessibility-statement",
    title="Accessibility statement",
    template="pages/content.html",
    in_navigation=False,
    meta_description="How accessible this website is, and how to get information in another format.",
    placeholders={
        "content": (
            """
<p>This accessibility statement applies to the website of the Leicester, Leicestershire and Rutland clinical commissioning groups (CCGs).</p>
<p>We want as many people as possible to be able to use this website. For example, that means you should be able to:</p>
<ul>
<li>change colours, contrast levels and fonts using your browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>navigate the whole website using just a keyboard</li>
<li>skip straight to the main content of each page</li>
<li>listen to the website using a screen reader</li>
</ul>
<h2>How accessible this website is</h2>
<p>The website is built with the NHS.UK design system and aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. Every type of page is checked automatically with the axe-core accessibility engine in a real browser before each change is released.</p>
<p>Some documents we publish, such as older board papers and reports in PDF or spreadsheet format, may not be fully accessible.</p>
<h2>Getting information in a different format</h2>
<p>If you need a document from this website in a different format, such as accessible PDF, large print, easy read, audio recording or braille, contact us using the details under "Contacting us about accessibility" below. Tell us the title of the document and the format you need.</p>
<h2>Reporting accessibility problems</h2>
<p>We are always looking to improve the accessibility of this website. If you find a problem that is not listed on this page, or think we are not meeting accessibility requirements, contact us.</p>
<h2>Contacting us about accessibility</h2>
""",
            PluginSeed("content", "ContactDetailsPlugin", {"kind": "accessibility"}),
            """
<h2>Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).</p>
""",
        ),
    },
)

PRIVACY_NOTICE = PageSeed(
    reverse_id="privacy-notice",
    slug="privacy-notice",
    title="Privacy notice",
    template="pages/content.html",
    in_navigation=False,
    meta_description="What to expect when the LLR CCGs collect your personal information.",
    placeholders={
        "content": (
            """
<p>This privacy notice tells you what to expect when the Leicester, Leicestershire and Rutland clinical commissioning groups (CCGs) collect your personal information through this website.</p>
<h2>Visiting this website</h2>
<p>You do not need to give us any personal information to read this website. We do not use analytics or advertising cookies, and we do not load fonts, scripts or tracking from other organisations' websites.</p>
<p>Like every website, our web servers record the address of each request, the time, and your browser's internet (IP) address. We use these records only to keep the website secure and working, and we do not use them to identify you.</p>
<h2>Staff who sign in</h2>
<p>CCG staff who edit this website sign in with a personal account. We keep a record of which member of staff changed or published each page or document, so that every published version can be traced.</p>
<h2>Questions for board meetings</h2>
<p>If you ask a question for a board meeting held in public, we collect your name, your email address and your question, with the agenda item it is about and the time you sent it.</p>
<p>We use them so that a governance officer can check that your question is about an item on the agenda, have it answered at the meeting, and reply to you about it. We do this as part of our public task: holding our board meetings in public and taking questions from the public.</p>
<p>Only governance officers see your name and email address. After the meeting your question and its answer are published on the meeting page, without your name or email address, so please do not put personal information about yourself or anyone else in the question itself.</p>
<p>We delete your name and email address six months (183 days) after the meeting. The question and its answer stay on the meeting page as part of the public record of the meeting.</p>
<p>To stop the form being misused, we count how many questions come from each internet (IP) address in an hour. The address is kept only as a one-way code, for one hour, and never stored with your question.</p>
<h2>Your rights</h2>
<p>Under data protection law you have rights over your personal information, including the right to ask for a copy of it, to ask us to correct it and to ask us to delete it. Each CCG's corporate privacy notice explains how the CCG uses personal information in its wider work.</p>
<h2>Contacting our data protection officer</h2>
<p>To use your rights, or if you have a question about how we use personal information, contact our data protection officer.</p>
""",
            PluginSeed("content", "ContactDetailsPlugin", {"kind": "dpo"}),
            """
<h2>Complaints</h2>
<p>If you are not happy with how we have used your personal information, you can complain to the Information Commissioner's Office (ICO) at <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a> or by calling 0303 123 1113.</p>
""",
        ),
    },
)


COOKIES = PageSeed(
    reverse_id="cookies",
    slug="cookies",
    title="Cookies",
    template="pages/content.html",
    in_navigation=False,
    meta_description="The cookies this website uses.",
    placeholders={
        "content": """
<p>Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
<p>This website does not use cookies to track you, to measure how you use the website, or for advertising. That is why we do not ask you to accept cookies.</p>
<h2>Cookies for staff who sign in</h2>
<p>When CCG staff sign in to edit the website, we set two strictly necessary cookies. They are set only by the staff sign-in page, never for people who only read the website.</p>
<ul>
<li><strong>sessionid</strong>: keeps a member of staff signed in; it expires after two weeks or when they sign out</li>
<li><strong>csrftoken</strong>: protects the sign-in and editing forms from being submitted by other websites; it expires after a year</li>
</ul>
<h2>Cookies for people who ask a question at a board meeting</h2>
<p>The page of a board meeting that is taking questions from the public sets one strictly necessary cookie, <strong>csrftoken</strong>, which protects the question form from being submitted by other websites. It expires after a year and holds nothing about you.</p>
""",
    },
)
