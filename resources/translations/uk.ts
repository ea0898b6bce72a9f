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
      <source>Face model: RetinaFace (MobileNetV2), from the weights of the retinaface 1.1.1 package (MIT licence), trained on the WIDER FACE data set. It ships inside the app and is checked against its SHA-256 at every start.</source>
      <translation>Модель облич: RetinaFace (MobileNetV2), ваги з пакета retinaface 1.1.1 (ліцензія MIT), навчена на наборі даних WIDER FACE. Постачається всередині програми й під час кожного запуску звіряється з її SHA-256.</translation>
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
      <source>Cleaned copy</source>
      <translation>Очищена копія</translation>
    </message>
    <message>
      <source>Cover this spot</source>
      <translation>Закрити це місце</translation>
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
      <source>This file cannot be cleaned: %1</source>
      <translation>Цей файл не можна очистити: %1</translation>
    </message>
    <message>
      <source>This list is shown here only and is never saved: the names of the originals can carry the date and time they were taken.</source>
      <translation>Цей список показується лише тут і ніде не зберігається: імена оригіналів можуть містити дату й час зйомки.</translation>
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
