<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
  <context>
    <name>Controls</name>
    <message>
      <source>Blur (weaker)</source>
      <translation>Розмиття (слабше)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Обрати…</translation>
    </message>
    <message>
      <source>Disguise voices</source>
      <translation>Змінити голоси</translation>
    </message>
    <message>
      <source>Ellipse</source>
      <translation>Еліпс</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Тека:</translation>
    </message>
    <message>
      <source>Higher finds more faces, including doubtful ones. A false alarm costs a blurred patch of wall; a miss can cost a person.</source>
      <translation>Що вище, то більше облич, зокрема сумнівних. Хибна тривога коштує розмитого шматка стіни, пропуск може коштувати людині свободи.</translation>
    </message>
    <message>
      <source>How faces are hidden. Solid fill and pixelate are strong; blur is weaker. Hover over a choice for what was measured.</source>
      <translation>Як приховуються обличчя. Суцільна заливка і пікселізація надійні, розмиття слабше. Наведіть на варіант, щоб побачити результати вимірювань.</translation>
    </message>
    <message>
      <source>Keep original names</source>
      <translation>Зберегти початкові назви</translation>
    </message>
    <message>
      <source>Keep sound (voices stay recognisable)</source>
      <translation>Залишити звук (голоси впізнавані)</translation>
    </message>
    <message>
      <source>Names:</source>
      <translation>Назви:</translation>
    </message>
    <message>
      <source>Numbered</source>
      <translation>За номерами</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Pixelate (strong)</source>
      <translation>Пікселізація (надійно)</translation>
    </message>
    <message>
      <source>Random names (safest)</source>
      <translation>Випадкові назви (найбезпечніше)</translation>
    </message>
    <message>
      <source>Rectangle</source>
      <translation>Прямокутник</translation>
    </message>
    <message>
      <source>Redaction</source>
      <translation>Приховування</translation>
    </message>
    <message>
      <source>Remove sound (safest)</source>
      <translation>Видалити звук (найбезпечніше)</translation>
    </message>
    <message>
      <source>Sensitivity:</source>
      <translation>Чутливість:</translation>
    </message>
    <message>
      <source>Shape:</source>
      <translation>Форма:</translation>
    </message>
    <message>
      <source>Solid fill (strongest)</source>
      <translation>Суцільна заливка (найнадійніше)</translation>
    </message>
    <message>
      <source>Sound:</source>
      <translation>Звук:</translation>
    </message>
    <message>
      <source>Strong: a few calm colour cells with noise, sized to the face. In our tests a face recogniser matched 5-7% of the faces, about as many as a texture with no face in it.</source>
      <translation>Надійно: кілька спокійних кольорових клітинок із шумом, за розміром обличчя. У наших тестах система розпізнавання зіставила 5–7% облич — приблизно стільки ж, скільки текстуру, в якій обличчя немає зовсім.</translation>
    </message>
    <message>
      <source>Strongest: keeps nothing of the face. In our tests a face recogniser matched none of the redacted faces to the originals.</source>
      <translation>Найнадійніше: від обличчя не лишається нічого. У наших тестах система розпізнавання облич не зіставила з оригіналом жодного прихованого обличчя.</translation>
    </message>
    <message>
      <source>Style:</source>
      <translation>Спосіб:</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Відео</translation>
    </message>
    <message>
      <source>Weaker: in our tests a face recogniser matched about 10% of blurred faces. Use solid fill when it matters.</source>
      <translation>Слабше: у наших тестах система розпізнавання зіставила близько 10% розмитих облич. Коли це важливо, обирайте суцільну заливку.</translation>
    </message>
    <message>
      <source>fewer</source>
      <translation>менше</translation>
    </message>
    <message>
      <source>more</source>
      <translation>більше</translation>
    </message>
    <message>
      <source>not chosen yet</source>
      <translation>ще не обрано</translation>
    </message>
  </context>
  <context>
    <name>Edits</name>
    <message>
      <source>Add region</source>
      <translation>Додати ділянку</translation>
    </message>
    <message>
      <source>Brush stroke</source>
      <translation>Мазок пензлем</translation>
    </message>
    <message>
      <source>Change frame range</source>
      <translation>Змінити діапазон кадрів</translation>
    </message>
    <message>
      <source>Delete region</source>
      <translation>Видалити ділянку</translation>
    </message>
    <message>
      <source>Move or resize region</source>
      <translation>Перемістити або змінити ділянку</translation>
    </message>
    <message>
      <source>Switch region off</source>
      <translation>Вимкнути ділянку</translation>
    </message>
    <message>
      <source>Switch region on</source>
      <translation>Увімкнути ділянку</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>An unexpected error occurred; no output was written.</source>
      <translation>Неочікувана помилка; нічого не записано.</translation>
    </message>
    <message>
      <source>Camera RAW files cannot be cleaned safely. Export a JPEG from your photo app first.</source>
      <translation>RAW-файли камери неможливо надійно очистити. Спершу експортуйте JPEG із фоторедактора.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Скасовано.</translation>
    </message>
    <message>
      <source>Only the flattened picture of this Photoshop file was cleaned and kept; its layers were dropped.</source>
      <translation>З цього файлу Photoshop очищено й збережено лише зведене зображення; його шари відкинуто.</translation>
    </message>
    <message>
      <source>Processing failed inside the app; no output was written.</source>
      <translation>Внутрішня помилка обробки; нічого не записано.</translation>
    </message>
    <message>
      <source>The cleaned copy could not be encoded (an encoder failure, not a problem with your file); no output was written.</source>
      <translation>Не вдалося закодувати очищену копію (збій кодувальника, а не проблема з вашим файлом); нічого не записано.</translation>
    </message>
    <message>
      <source>The cleaned copy could not be written (is the output folder writable and not full?).</source>
      <translation>Не вдалося записати очищену копію (чи доступна тека для запису і чи є місце?).</translation>
    </message>
    <message>
      <source>The cleaned copy failed the final safety check and was deleted.</source>
      <translation>Очищена копія не пройшла підсумкову перевірку й була видалена.</translation>
    </message>
    <message>
      <source>The face detection model has been modified or damaged; refusing to run. Reinstall the app.</source>
      <translation>Модель пошуку облич змінена або пошкоджена; робота неможлива. Перевстановіть застосунок.</translation>
    </message>
    <message>
      <source>The face detection model is missing. Reinstall the app.</source>
      <translation>Модель пошуку облич відсутня. Перевстановіть застосунок.</translation>
    </message>
    <message>
      <source>The face detector could not be started.</source>
      <translation>Не вдалося запустити пошук облич.</translation>
    </message>
    <message>
      <source>The file could not be opened (missing, not a regular file, or not readable).</source>
      <translation>Не вдалося відкрити файл (його немає, це не звичайний файл або немає прав на читання).</translation>
    </message>
    <message>
      <source>The file has no video picture to clean (audio only or empty).</source>
      <translation>У файлі немає відеозображення (лише звук або порожньо).</translation>
    </message>
    <message>
      <source>The file is damaged or incomplete and cannot be read completely.</source>
      <translation>Файл пошкоджений або неповний і не читається повністю.</translation>
    </message>
    <message>
      <source>The file is empty (0 bytes).</source>
      <translation>Файл порожній (0 байтів).</translation>
    </message>
    <message>
      <source>The file was cleaned, with a warning.</source>
      <translation>Файл очищено, але з попередженням.</translation>
    </message>
    <message>
      <source>The image declares a size too large to open safely (possible decompression bomb).</source>
      <translation>Зображення заявляє завеликий розмір для безпечного відкриття (можлива «бомба-розпакування»).</translation>
    </message>
    <message>
      <source>This animation is too long or too large to be cleaned as an animation. Convert it to a video first.</source>
      <translation>Ця анімація задовга або завелика, щоб очистити її як анімацію. Спершу перетворіть її на відео.</translation>
    </message>
    <message>
      <source>This is a JPEG XL image, and this copy of the app has no JPEG XL reader. Export a JPEG from your photo app first.</source>
      <translation>Це зображення JPEG XL, а в цій копії застосунку немає модуля для читання JPEG XL. Спершу експортуйте JPEG зі свого фотозастосунку.</translation>
    </message>
    <message>
      <source>This is a QuickTime reference movie: its pictures are stored in other files, which the app does not open. Export it as a self-contained movie first.</source>
      <translation>Це посилальний фільм QuickTime: його кадри зберігаються в інших файлах, які застосунок не відкриває. Спершу експортуйте його як самодостатній фільм.</translation>
    </message>
    <message>
      <source>This is a device, not a file; it was skipped.</source>
      <translation>Це пристрій, а не файл; його пропущено.</translation>
    </message>
    <message>
      <source>This is a link to a file that no longer exists; there was nothing to clean.</source>
      <translation>Це посилання на файл, якого більше немає; не було чого очищати.</translation>
    </message>
    <message>
      <source>This is a link to something outside the folder; links are not followed while a folder is walked. Add the file itself to clean it.</source>
      <translation>Це посилання на щось поза текою; під час обходу теки застосунок не переходить за посиланнями. Щоб очистити файл, додайте його напряму.</translation>
    </message>
    <message>
      <source>This is a named pipe (FIFO), not a file; it was skipped.</source>
      <translation>Це іменований канал (FIFO), а не файл; його пропущено.</translation>
    </message>
    <message>
      <source>This is a socket, not a file; it was skipped.</source>
      <translation>Це сокет, а не файл; його пропущено.</translation>
    </message>
    <message>
      <source>This is an animated image: it is cleaned frame by frame when it is exported, but it cannot be opened as a single photo.</source>
      <translation>Це анімоване зображення: під час експорту воно очищається кадр за кадром, але відкрити його як одне фото не можна.</translation>
    </message>
    <message>
      <source>This is not a photo or video format the app can read.</source>
      <translation>Це не фото чи відео у форматі, який застосунок уміє читати.</translation>
    </message>
    <message>
      <source>This kind of animated image is not supported (animated GIF and WebP are). Convert the animation to a video first.</source>
      <translation>Такі анімовані зображення не підтримуються (анімовані GIF і WebP підтримуються). Спершу перетворіть анімацію на відео.</translation>
    </message>
    <message>
      <source>This kind of file is not supported.</source>
      <translation>Такі файли не підтримуються.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Got it</source>
      <translation>Зрозуміло</translation>
    </message>
    <message>
      <source>This app finds faces and covers them, and writes new copies without location, time, camera and other hidden data. It cannot hide what still identifies people: gait, clothes, tattoos, the background, voices (unless you remove the sound) and the camera's own sensor fingerprint. Check every photo, cover what the detector missed, and share only the cleaned copies.</source>
      <translation>Застосунок знаходить обличчя й приховує їх, а потім записує нові копії без місця, часу, моделі камери та інших прихованих даних. Він не може приховати те, що все одно видає людину: ходу, одяг, татуювання, тло, голос (якщо не видалити звук) і власний «відбиток» матриці камери. Перевірте кожне фото, закрийте те, що пропустив пошук, і поширюйте лише очищені копії.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n cleaned copy(ies) written.</source>
      <translation>
        <numerusform>Записано %n очищену копію.</numerusform>
        <numerusform>Записано %n очищені копії.</numerusform>
        <numerusform>Записано %n очищених копій.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) found on this frame</source>
      <translation>
        <numerusform>На цьому кадрі знайдено %n обличчя</numerusform>
        <numerusform>На цьому кадрі знайдено %n обличчя</numerusform>
        <numerusform>На цьому кадрі знайдено %n облич</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) added</source>
      <translation>
        <numerusform>Додано %n файл</numerusform>
        <numerusform>Додано %n файли</numerusform>
        <numerusform>Додано %n файлів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be cleaned (see the list).</source>
      <translation>
        <numerusform>%n файл не вдалося очистити (див. список).</numerusform>
        <numerusform>%n файли не вдалося очистити (див. список).</numerusform>
        <numerusform>%n файлів не вдалося очистити (див. список).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n хвилина</numerusform>
        <numerusform>%n хвилини</numerusform>
        <numerusform>%n хвилин</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n секунда</numerusform>
        <numerusform>%n секунди</numerusform>
        <numerusform>%n секунд</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Редагування</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Довідка</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Налаштування</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вигляд</translation>
    </message>
    <message>
      <source>About Anonymizer</source>
      <translation>Про Anonymizer</translation>
    </message>
    <message>
      <source>Add every photo and video in a folder</source>
      <translation>Додати всі фото й відео з теки</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Додати файли…</translation>
    </message>
    <message>
      <source>Add folder…</source>
      <translation>Додати теку…</translation>
    </message>
    <message>
      <source>Add photos or videos to the list</source>
      <translation>Додати фото або відео до списку</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Усі файли (*)</translation>
    </message>
    <message>
      <source>An export is running. Cancel it and quit?</source>
      <translation>Триває експорт. Скасувати його й вийти?</translation>
    </message>
    <message>
      <source>Anonymizer %1: covers faces and removes hidden data from photos and videos, offline.</source>
      <translation>Anonymizer %1: приховує обличчя й видаляє приховані дані з фото та відео, без інтернету.</translation>
    </message>
    <message>
      <source>Anonymizer – cover faces, remove hidden data</source>
      <translation>Anonymizer — приховати обличчя, видалити приховані дані</translation>
    </message>
    <message>
      <source>Brush</source>
      <translation>Пензель</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Скасувати</translation>
    </message>
    <message>
      <source>Cancelled: nothing was left half-written.</source>
      <translation>Скасовано: недописаних файлів не залишилося.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Скасування…</translation>
    </message>
    <message>
      <source>Change shape</source>
      <translation>Змінити форму</translation>
    </message>
    <message>
      <source>Drag on the picture to cover an area (hold Shift for the other shape); click a region to switch it off or on; drag its handles to resize</source>
      <translation>Протягніть по зображенню, щоб закрити ділянку (із Shift — іншої форми); клацання по ділянці вимикає або вмикає її; маркери змінюють розмір</translation>
    </message>
    <message>
      <source>Draw a region on the frame to cover something the detector misses.</source>
      <translation>Намалюйте ділянку на кадрі, щоб закрити те, що пропускає пошук.</translation>
    </message>
    <message>
      <source>Drop photos, videos or folders here, or use File &gt; Add files.

Nothing is uploaded: everything happens on this computer.</source>
      <translation>Перетягніть сюди фото, відео або теки чи виберіть Файл &gt; Додати файли.

Нічого не надсилається в інтернет: усе відбувається на цьому комп'ютері.</translation>
    </message>
    <message>
      <source>Export all</source>
      <translation>Експортувати все</translation>
    </message>
    <message>
      <source>Export running</source>
      <translation>Триває експорт</translation>
    </message>
    <message>
      <source>Export this file</source>
      <translation>Експортувати цей файл</translation>
    </message>
    <message>
      <source>Exporting %1 (%2 of %3)</source>
      <translation>Експорт %1 (%2 з %3)</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Вмістити</translation>
    </message>
    <message>
      <source>Fit the picture to the window</source>
      <translation>Вмістити зображення у вікно</translation>
    </message>
    <message>
      <source>Frame %1 of %2</source>
      <translation>Кадр %1 з %2</translation>
    </message>
    <message>
      <source>Green: face found. Orange: unsure, check it. Red cross: switched off, will stay visible. Blue: added by you.</source>
      <translation>Зелений: знайдено обличчя. Помаранчевий: непевно, перевірте. Червоний хрест: вимкнено, залишиться видимим. Синій: додано вами.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Мова</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Пошук облич…</translation>
    </message>
    <message>
      <source>Next file</source>
      <translation>Наступний файл</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Відкриття…</translation>
    </message>
    <message>
      <source>Paint over anything else: a tattoo, a sign, a name tag</source>
      <translation>Зафарбувати будь-що інше: татуювання, плакат, бейдж</translation>
    </message>
    <message>
      <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</source>
      <translation>Фото й відео (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Previous file</source>
      <translation>Попередній файл</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Вихід</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Повторити</translation>
    </message>
    <message>
      <source>Redo: %1</source>
      <translation>Повторити: %1</translation>
    </message>
    <message>
      <source>Region ends here</source>
      <translation>Ділянка до цього кадру</translation>
    </message>
    <message>
      <source>Region starts here</source>
      <translation>Ділянка з цього кадру</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Ділянки</translation>
    </message>
    <message>
      <source>Remove from list</source>
      <translation>Прибрати зі списку</translation>
    </message>
    <message>
      <source>Same folder as the originals</source>
      <translation>Та сама тека, що й в оригіналів</translation>
    </message>
    <message>
      <source>Selected region: frames %1 to %2</source>
      <translation>Вибрана ділянка: кадри з %1 по %2</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показати в теці</translation>
    </message>
    <message>
      <source>Show the picture as it will be exported</source>
      <translation>Показати зображення таким, яким його буде експортовано</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Запуск…</translation>
    </message>
    <message>
      <source>Switch selected region on/off</source>
      <translation>Увімкнути/вимкнути вибрану ділянку</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Мова системи</translation>
    </message>
    <message>
      <source>The cleaned copies would be written next to the originals, where they are easy to mix up. Continue anyway?</source>
      <translation>Очищені копії буде записано поруч з оригіналами, де їх легко сплутати. Однаково продовжити?</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Скасувати дію</translation>
    </message>
    <message>
      <source>Undo: %1</source>
      <translation>Скасувати: %1</translation>
    </message>
    <message>
      <source>Update detected faces</source>
      <translation>Оновити знайдені обличчя</translation>
    </message>
    <message>
      <source>What this app removes</source>
      <translation>Що видаляє цей застосунок</translation>
    </message>
    <message>
      <source>What this app removes…</source>
      <translation>Що видаляє цей застосунок…</translation>
    </message>
    <message>
      <source>Where should the cleaned copies go?</source>
      <translation>Куди зберегти очищені копії?</translation>
    </message>
    <message>
      <source>Write a cleaned copy of the shown file</source>
      <translation>Записати очищену копію показаного файлу</translation>
    </message>
    <message>
      <source>Write cleaned copies of every file in the list</source>
      <translation>Записати очищені копії всіх файлів зі списку</translation>
    </message>
    <message>
      <source>Yellow: faces found on this frame. Draw a region to cover something on a range of frames.</source>
      <translation>Жовтий: обличчя, знайдені на цьому кадрі. Намалюйте ділянку, щоб закрити щось на низці кадрів.</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Збільшити</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Зменшити</translation>
    </message>
    <message>
      <source>Zoom: %1%</source>
      <translation>Масштаб: %1%</translation>
    </message>
    <message>
      <source>about %1 left</source>
      <translation>залишилось близько %1</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>помилка</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>After export</source>
      <translation>Після експорту</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Пристрій</translation>
    </message>
    <message>
      <source>Embedded images and videos</source>
      <translation>Вбудовані зображення й відео</translation>
    </message>
    <message>
      <source>Identifying information in this file</source>
      <translation>Дані, що ідентифікують, у цьому файлі</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Місцезнаходження</translation>
    </message>
    <message>
      <source>Nothing identifying found</source>
      <translation>Даних, що ідентифікують, не знайдено</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Інше</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Час</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Що</translation>
    </message>
    <message>
      <source>will be removed</source>
      <translation>буде видалено</translation>
    </message>
    <message>
      <source>⚠ The check after writing still found: %1</source>
      <translation>⚠ Перевірка після запису все ще знайшла: %1</translation>
    </message>
    <message>
      <source>✔ Checked after writing: the cleaned copy carries no identifying metadata and every redacted area was changed.</source>
      <translation>✔ Перевірено після запису: в очищеній копії немає метаданих, що ідентифікують, і кожну приховану ділянку змінено.</translation>
    </message>
  </context>
  <context>
    <name>Queue</name>
    <message numerus="yes">
      <source>%n face(s) found</source>
      <translation>
        <numerusform>Знайдено %n обличчя</numerusform>
        <numerusform>Знайдено %n обличчя</numerusform>
        <numerusform>Знайдено %n облич</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) found, needs review</source>
      <translation>
        <numerusform>Знайдено %n обличчя, потрібна перевірка</numerusform>
        <numerusform>Знайдено %n обличчя, потрібна перевірка</numerusform>
        <numerusform>Знайдено %n облич, потрібна перевірка</numerusform>
      </translation>
    </message>
    <message>
      <source>Error: %1</source>
      <translation>Помилка: %1</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Експортовано</translation>
    </message>
    <message numerus="yes">
      <source>Exported, %n face(s) covered</source>
      <translation>
        <numerusform>Експортовано, приховано %n обличчя</numerusform>
        <numerusform>Експортовано, приховано %n обличчя</numerusform>
        <numerusform>Експортовано, приховано %n облич</numerusform>
      </translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Експорт…</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Пошук облич…</translation>
    </message>
    <message>
      <source>Video: faces are found on every frame at export</source>
      <translation>Відео: обличчя шукаються на кожному кадрі під час експорту</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Очікування</translation>
    </message>
  </context>
  <context>
    <name>Warnings</name>
    <message>
      <source>A sidecar file (.xmp, .aae or .thm) sits next to the original. It is not copied, but it may hold location and edits: do not share it.</source>
      <translation>Поруч з оригіналом лежить файл-супутник (.xmp, .aae або .thm). Його не копіюють, але він може містити місце й правки: не поширюйте його.</translation>
    </message>
    <message>
      <source>This file carries hidden previews of the original picture. They are not copied to the cleaned file.</source>
      <translation>У файлі є приховані прев'ю початкового знімка. Їх не копіюють до очищеного файлу.</translation>
    </message>
    <message>
      <source>This is a Motion Photo: a short video, often with sound, is hidden inside it and shows everyone unredacted. The cleaned copy is a still photo without it; never share the original.</source>
      <translation>Це Motion Photo: усередині сховано коротке відео, часто зі звуком, і на ньому всіх видно без приховування. Очищена копія — нерухоме фото без нього; ніколи не поширюйте оригінал.</translation>
    </message>
    <message>
      <source>This looks like a Live Photo: a video with the same name sits next to it and shows everyone unredacted. Add that video too if you need it, and never share the original pair.</source>
      <translation>Схоже на Live Photo: поруч лежить відео з тією самою назвою, і на ньому всіх видно без приховування. Додайте й це відео, якщо воно потрібне, і ніколи не поширюйте початкову пару.</translation>
    </message>
  </context>
</TS>
